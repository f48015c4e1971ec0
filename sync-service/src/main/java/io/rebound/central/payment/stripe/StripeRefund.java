package io.rebound.central.payment.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.central.payment.GatewayUnavailableException;
import io.rebound.central.payment.LogSafe;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.money.Money;
import java.util.Locale;

/**
 * The fields of a Stripe refund object Rebound reads.
 *
 * @param returnId {@code metadata.rebound_return_id}, or null for a refund Rebound did not create
 */
record StripeRefund(
    String id,
    String statusText,
    long amountMinor,
    String currency,
    String returnId,
    String failureReason) {

  static StripeRefund parse(JsonNode node) {
    String id = text(node, "id");
    if (id == null || !node.path("amount").canConvertToLong()) {
      throw new GatewayUnavailableException(
          "stripe: refund object without id or integer amount (rule: refund-shape)", null);
    }
    return new StripeRefund(
        id,
        text(node, "status"),
        node.path("amount").asLong(),
        text(node, "currency"),
        text(node.path("metadata"), StripeRefundsApi.META_RETURN_ID),
        text(node, "failure_reason"));
  }

  /** The Rebound outcome: succeeded, pending/requires_action, or failed/canceled as a decline. */
  RefundOutcome outcome() {
    StripeRefundStatus status = StripeRefundStatus.of(statusText);
    if (status == null) {
      // an unknown status is not a decline: report it as pending and let a later find() settle it
      return new RefundOutcome.Pending(id);
    }
    return switch (status) {
      case SUCCEEDED -> new RefundOutcome.Succeeded(id, money());
      case PENDING, REQUIRES_ACTION -> new RefundOutcome.Pending(id);
      case FAILED, CANCELED ->
          new RefundOutcome.Declined(
              id,
              failureReason == null ? "refund_" + statusText : failureReason,
              "stripe refund " + id + " is " + statusText + LogSafe.text(reasonSuffix()));
    };
  }

  /** Whether the money went or may still go back (not failed or canceled). */
  boolean live() {
    StripeRefundStatus status = StripeRefundStatus.of(statusText);
    return status != StripeRefundStatus.FAILED && status != StripeRefundStatus.CANCELED;
  }

  private String reasonSuffix() {
    return failureReason == null ? "" : " (" + failureReason + ")";
  }

  private Money money() {
    if (currency == null) {
      throw new GatewayUnavailableException(
          "stripe: refund " + id + " has no currency (rule: refund-shape)", null);
    }
    try {
      return Money.ofMinor(amountMinor, Money.currency(currency.toUpperCase(Locale.ROOT)));
    } catch (InvalidMessageException e) {
      throw new GatewayUnavailableException(
          "stripe: refund " + id + " has an unusable amount: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }
}
