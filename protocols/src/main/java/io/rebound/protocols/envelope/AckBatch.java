package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import io.rebound.protocols.ids.StoreId;
import java.time.Instant;
import java.util.List;

/**
 * Message on {@code rebound/v1/stores/{storeId}/acks}: one or more {@link Ack}s, sent only after
 * central's database transaction for those events committed. Guarantees: 1–10,000 non-null acks in
 * an unmodifiable list.
 */
public record AckBatch(StoreId storeId, Instant ackedAt, List<Ack> acks) {
  public AckBatch {
    Checks.required(storeId, "storeId");
    Checks.required(ackedAt, "ackedAt");
    acks = Checks.nonEmpty(acks, "acks", MAX_ACKS);
  }

  /** Largest number of acks in one batch. */
  public static final int MAX_ACKS = 10_000;

  /** A validated batch. */
  public static AckBatch of(StoreId storeId, Instant ackedAt, List<Ack> acks) {
    return new AckBatch(storeId, ackedAt, acks);
  }
}
