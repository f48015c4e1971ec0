package io.rebound.central.stores;

import io.rebound.protocols.envelope.StoreStatus;
import java.util.List;

/**
 * CDI event fired on the ingest thread after a batch with store statuses committed (observers must
 * not block: hand the work to another thread). Statuses in arrival order.
 */
public record StatusesCommitted(List<StoreStatus> statuses) {
  public StatusesCommitted {
    statuses = List.copyOf(statuses);
  }
}
