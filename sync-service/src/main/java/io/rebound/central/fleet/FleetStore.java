package io.rebound.central.fleet;

import io.rebound.protocols.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * One row of the ops console's fleet table. {@code online}/{@code connectionState}/{@code since}/
 * {@code lastSeen} as in {@code GET /api/v1/stores}; {@code pendingRefunds}: per currency, the
 * refund amount of the store's received returns whose REFUND step has not finished (not SUCCEEDED
 * and not DECLINED); {@code timeZone}: the IANA zone of the store's policy at central, else {@code
 * UTC}.
 */
public record FleetStore(
    String storeId,
    boolean online,
    String connectionState,
    Instant since,
    Instant lastSeen,
    Long backlog,
    Long oldestPendingAgeSeconds,
    String agentVersion,
    long lastSequence,
    long missingSequences,
    String timeZone,
    List<Money> pendingRefunds) {
  public FleetStore {
    pendingRefunds = List.copyOf(pendingRefunds);
  }
}
