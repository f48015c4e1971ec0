package io.rebound.protocols.requests;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.RequestId;
import io.rebound.protocols.ids.StoreId;

/**
 * Edge → central on {@code rebound/v1/stores/{storeId}/requests} (MQTT 5 request/response, like
 * {@link RefundAuthorizationRequest}): reserve {@code size} store-credit numbers for this store.
 * Central answers with a {@link CreditBlockGrant}; the same {@code requestId} always gets the same
 * block. Guarantees: storeId and requestId set; size 1–{@value #MAX_SIZE}.
 */
public record CreditBlockRequest(StoreId storeId, RequestId requestId, int size) {
  /** Largest block one request may reserve. */
  public static final int MAX_SIZE = 10_000;

  public CreditBlockRequest {
    Checks.required(storeId, "storeId");
    Checks.required(requestId, "requestId");
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidMessageException("size", "range", "must be 1-" + MAX_SIZE);
    }
  }

  /** A validated request. */
  public static CreditBlockRequest of(StoreId storeId, RequestId requestId, int size) {
    return new CreditBlockRequest(storeId, requestId, size);
  }
}
