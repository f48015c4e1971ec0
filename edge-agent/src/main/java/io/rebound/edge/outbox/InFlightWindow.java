package io.rebound.edge.outbox;

import io.rebound.protocols.ids.EventId;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events published since the last rewind and not yet acknowledged by central: flow control, so a
 * central outage does not turn into a flood. Added to by the relay thread, removed from by ack
 * processing.
 */
final class InFlightWindow {
  private final int capacity;
  private final int refillAt;
  private final Set<EventId> events = ConcurrentHashMap.newKeySet();

  /**
   * @param refillBatch rows read per refill: with events in flight, the relay reads again only once
   *     a quarter of the window (at most one batch) is free, so acks trickling in one by one do not
   *     each cost a read
   */
  InFlightWindow(int capacity, int refillBatch) {
    if (capacity < 1) {
      throw new IllegalArgumentException("rebound.outbox.window must be at least 1: " + capacity);
    }
    this.capacity = capacity;
    this.refillAt = Math.max(1, Math.min(refillBatch, capacity / 4));
  }

  /** Whether reading more rows is worth it now: the window is empty or enough of it is free. */
  boolean worthRefilling() {
    return events.isEmpty() || room() >= refillAt;
  }

  void add(EventId eventId) {
    events.add(eventId);
  }

  /** Removes the acknowledged events; returns how many were in flight. */
  int acknowledge(Collection<EventId> acked) {
    int removed = 0;
    for (EventId id : acked) {
      if (events.remove(id)) {
        removed++;
      }
    }
    return removed;
  }

  /** Free slots. */
  int room() {
    return Math.max(0, capacity - events.size());
  }

  int size() {
    return events.size();
  }

  boolean isEmpty() {
    return events.isEmpty();
  }

  void clear() {
    events.clear();
  }
}
