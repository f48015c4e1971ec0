package io.rebound.central.acks;

import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.ids.StoreId;
import java.util.Objects;

/** One application-level ack and the store whose {@code …/acks} topic it goes to. */
public record StoreAck(StoreId storeId, Ack ack) {
  public StoreAck {
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(ack, "ack");
  }
}
