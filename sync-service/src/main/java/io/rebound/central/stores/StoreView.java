package io.rebound.central.stores;

import java.time.Duration;
import java.time.Instant;

/**
 * A store as central sees it. {@code online} is true only when the last status said ONLINE and the
 * store was heard from (heartbeat or event) within {@code rebound.stores.offline-after}. {@code
 * lastSequence} is the contiguous watermark; {@code connectionState} is {@code UNKNOWN} until the
 * first status arrives.
 */
public record StoreView(
    String storeId,
    boolean online,
    String connectionState,
    Instant since,
    Instant lastSeen,
    long lastSequence,
    long highestSequence,
    long missingSequences,
    Instant gapSince,
    Long backlog,
    Long oldestPendingAgeSeconds,
    String agentVersion,
    Instant statusReportedAt) {

  /**
   * Online = the last status said ONLINE (no last will since) and the store was heard from within
   * {@code offlineAfter} of {@code now} (a will can be lost with the broker; silence cannot lie).
   */
  public static boolean isOnline(
      String connectionState, Instant lastSeen, Instant now, Duration offlineAfter) {
    return "ONLINE".equals(connectionState)
        && lastSeen != null
        && lastSeen.isAfter(now.minus(offlineAfter));
  }
}
