package io.rebound.central.fleet;

import java.time.Instant;
import java.util.List;

/**
 * The whole fleet at {@code generatedAt}, as sent by {@code GET /api/v1/stores/fleet} and by each
 * {@code fleet} event of {@code GET /api/v1/stores/stream}. {@code offlineAfterSeconds}: {@code
 * rebound.stores.offline-after}.
 */
public record FleetSnapshot(
    Instant generatedAt, long offlineAfterSeconds, List<FleetStore> stores) {
  public FleetSnapshot {
    stores = List.copyOf(stores);
  }

  /** Whether the fleet looks different (the generation time aside). */
  boolean sameFleet(FleetSnapshot other) {
    return other != null && stores.equals(other.stores);
  }
}
