package io.rebound.protocols.requests;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;

/**
 * Edge → central on {@code rebound/v1/stores/{storeId}/requests} (MQTT 5 request/response): the
 * store's update-log entries with a seq above {@code after}, at most {@code limit} of them. {@code
 * after} is the highest seq the store has applied (0 = none): asking with it acknowledges every
 * entry up to it. Central answers with {@link ReturnUpdates}. Guarantees: storeId set; after ≥ 0;
 * limit 1–{@value #MAX_LIMIT}.
 */
public record ReturnUpdatesRequest(StoreId storeId, long after, int limit) {
  /** Largest page one request may ask for. */
  public static final int MAX_LIMIT = 500;

  public ReturnUpdatesRequest {
    Checks.required(storeId, "storeId");
    if (after < 0) {
      throw new InvalidMessageException("after", "range", "must be at least 0");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidMessageException("limit", "range", "must be 1-" + MAX_LIMIT);
    }
  }

  /** A validated request. */
  public static ReturnUpdatesRequest of(StoreId storeId, long after, int limit) {
    return new ReturnUpdatesRequest(storeId, after, limit);
  }
}
