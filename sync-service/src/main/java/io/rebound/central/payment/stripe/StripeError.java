package io.rebound.central.payment.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.central.payment.GatewayRejectedException;
import io.rebound.central.payment.GatewayUnavailableException;
import io.rebound.central.payment.LogSafe;
import io.rebound.central.payment.RefundOutcome;
import java.util.Set;

/**
 * A Stripe error response ({@code {"error":{"type","code","decline_code","message"}}}) and what it
 * means for Rebound: a decline (an outcome), a rejection (not retryable) or unavailability.
 */
record StripeError(int httpStatus, String type, String code, String declineCode, String message) {

  /**
   * {@code invalid_request_error} codes that are the gateway refusing this refund for a reason of
   * the payment itself (a business answer, like a card decline), not a bug in the request.
   */
  static final Set<String> DECLINE_CODES =
      Set.of(
          "charge_already_refunded",
          "charge_disputed",
          "refund_disputed_payment",
          "amount_too_large",
          "charge_not_refundable",
          "balance_insufficient");

  /** What a Stripe error response means for Rebound. */
  enum Meaning {
    DECLINED,
    REJECTED,
    UNAVAILABLE
  }

  static StripeError parse(int httpStatus, JsonNode body) {
    JsonNode error = body == null ? null : body.path("error");
    if (error == null || !error.isObject()) {
      return new StripeError(httpStatus, null, null, null, "HTTP " + httpStatus);
    }
    return new StripeError(
        httpStatus,
        text(error, "type"),
        text(error, "code"),
        text(error, "decline_code"),
        LogSafe.text(text(error, "message")));
  }

  Meaning meaning() {
    if (httpStatus == 429 || httpStatus >= 500 || httpStatus == 409) {
      // 409: a request with this idempotency key is still running at Stripe: outcome unknown
      return Meaning.UNAVAILABLE;
    }
    if ("card_error".equals(type) || httpStatus == 402) {
      return Meaning.DECLINED;
    }
    if ("invalid_request_error".equals(type) && code != null && DECLINE_CODES.contains(code)) {
      return Meaning.DECLINED;
    }
    return Meaning.REJECTED;
  }

  /** The decline this error stands for (no refund was created). */
  RefundOutcome.Declined declined() {
    String declineCodeOrCode =
        declineCode != null ? declineCode : code != null ? code : "card_declined";
    return new RefundOutcome.Declined(null, declineCodeOrCode, describe());
  }

  GatewayRejectedException rejected() {
    return new GatewayRejectedException(httpStatus, code != null ? code : type, describe());
  }

  GatewayUnavailableException unavailable() {
    return new GatewayUnavailableException(describe(), null);
  }

  private String describe() {
    StringBuilder s = new StringBuilder("stripe answered HTTP ").append(httpStatus);
    if (type != null) {
      s.append(' ').append(type);
    }
    if (code != null) {
      s.append('/').append(code);
    }
    if (declineCode != null) {
      s.append(" (decline_code ").append(declineCode).append(')');
    }
    if (message != null && !message.isEmpty()) {
      s.append(": ").append(message);
    }
    return s.toString();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }
}
