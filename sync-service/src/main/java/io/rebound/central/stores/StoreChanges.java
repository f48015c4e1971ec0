package io.rebound.central.stores;

import io.rebound.protocols.envelope.StoreStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What one ingest transaction changes for one store: newly stored sequences, status messages (in
 * arrival order) and when the store was last heard from.
 */
public final class StoreChanges {
  private final TreeSet<Long> newSequences = new TreeSet<>();
  private final List<StatusChange> statuses = new ArrayList<>();
  private Instant lastSeen;

  /** A status message and the time that counts as a sign of life for it (null for OFFLINE). */
  public record StatusChange(StoreStatus status, Instant seenAt) {}

  public void stored(long sequence, Instant receivedAt) {
    newSequences.add(sequence);
    seen(receivedAt);
  }

  public void status(StoreStatus status, Instant seenAt) {
    statuses.add(new StatusChange(status, seenAt));
    seen(seenAt);
  }

  private void seen(Instant at) {
    if (at != null && (lastSeen == null || at.isAfter(lastSeen))) {
      lastSeen = at;
    }
  }

  long[] newSequences() {
    return newSequences.stream().mapToLong(Long::longValue).toArray();
  }

  List<StatusChange> statuses() {
    return statuses;
  }

  Instant lastSeen() {
    return lastSeen;
  }
}
