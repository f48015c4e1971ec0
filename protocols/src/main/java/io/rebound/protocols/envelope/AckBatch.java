package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import io.rebound.protocols.ids.StoreId;
import java.time.Instant;
import java.util.List;

/**
 * Message on {@code rebound/v1/stores/{storeId}/acks}: one or more {@link Ack}s, sent only after
 * central's database transaction for those events committed.
 */
public record AckBatch(StoreId storeId, Instant ackedAt, List<Ack> acks) {
  public AckBatch {
    Checks.required(storeId, "storeId");
    Checks.required(ackedAt, "ackedAt");
    acks = Checks.nonEmpty(acks, "acks", 10_000);
  }
}
