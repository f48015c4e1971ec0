package io.rebound.protocols.requests;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edge → central on {@code rebound/v1/stores/{storeId}/requests} (MQTT 5 request/response: the
 * publish carries the response topic {@code …/responses} and correlation data, which central copies
 * into its {@link RefundAuthorizationResponse}). Sent only while the store is {@code ONLINE}, for a
 * card refund to the original tender, before the return is stored.
 *
 * <p>{@code requestKey} identifies the POS request across retries: the lower-case hex SHA-256 of
 * the POS {@code Idempotency-Key}. Central answers the same (store, requestKey) with the same
 * decision even when a retry carries a new {@code returnId}. Guarantees: every component except
 * {@code paymentReference} is set; {@code requestKey} is 64 lower-case hex digits; {@code saleId}
 * 1–64 characters; {@code paymentReference} (a gateway charge id, never a card number) 1–128 when
 * present; 1–100 lines with distinct line keys.
 */
public record RefundAuthorizationRequest(
    ReturnId returnId,
    StoreId storeId,
    String requestKey,
    String saleId,
    String paymentReference,
    Money amount,
    List<ReturnedSaleLine> lines,
    Instant requestedAt) {
  /** Most lines in one request (as in a return request). */
  public static final int MAX_LINES = 100;

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public RefundAuthorizationRequest {
    Checks.required(returnId, "returnId");
    Checks.required(storeId, "storeId");
    Checks.matches(requestKey, "requestKey", SHA256_HEX, "64 lower-case hex digits (SHA-256)");
    Checks.text(saleId, "saleId", 64);
    if (paymentReference != null) {
      Checks.text(paymentReference, "paymentReference", 128);
    }
    Checks.required(amount, "amount");
    lines = Checks.nonEmpty(lines, "lines", MAX_LINES);
    Checks.required(requestedAt, "requestedAt");
    for (int i = 0; i < lines.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (lines.get(i).lineKey().equals(lines.get(j).lineKey())) {
          throw new InvalidMessageException(
              "lines[" + i + "].lineKey", "unique-line-key", "must differ from lines[" + j + "]");
        }
      }
    }
  }

  /** A validated request. */
  public static RefundAuthorizationRequest of(
      ReturnId returnId,
      StoreId storeId,
      String requestKey,
      String saleId,
      String paymentReference,
      Money amount,
      List<ReturnedSaleLine> lines,
      Instant requestedAt) {
    return new RefundAuthorizationRequest(
        returnId, storeId, requestKey, saleId, paymentReference, amount, lines, requestedAt);
  }
}
