package io.rebound.edge.outbox;

import java.time.Duration;

/**
 * When the relay stops waiting for central's acks and resends. The wait starts when the window goes
 * from empty to busy, or at the last ack progress; the first timeout is {@code
 * rebound.outbox.ack-timeout}, each further one without progress doubles (with jitter) up to {@code
 * rebound.outbox.resend-max-backoff}; progress resets it. {@link #progress} may be called from any
 * thread, everything else only from the relay thread.
 */
final class AckTimeout {
  private final long baseNanos;
  private final Backoff escalation;
  private volatile long lastProgressNanos;
  private long seenProgressNanos;
  private long busySinceNanos;
  private long currentNanos;

  AckTimeout(Duration ackTimeout, Backoff escalation, long nowNanos) {
    this.baseNanos = ackTimeout.toNanos();
    this.escalation = escalation;
    this.currentNanos = baseNanos;
    this.lastProgressNanos = nowNanos;
    this.seenProgressNanos = nowNanos;
    this.busySinceNanos = nowNanos;
  }

  /** Central acknowledged something that was pending or in flight. */
  void progress(long nowNanos) {
    lastProgressNanos = nowNanos;
  }

  /** The first event went into an empty window: the wait starts now. */
  void busyFrom(long nowNanos) {
    busySinceNanos = nowNanos;
  }

  /** After a rewind everything in flight is sent again: the wait restarts. */
  void restart(long nowNanos) {
    busySinceNanos = nowNanos;
  }

  /** Whether the current wait has lasted the current timeout; applies progress first. */
  boolean expired(long nowNanos) {
    long progress = lastProgressNanos;
    if (progress != seenProgressNanos) {
      seenProgressNanos = progress;
      escalation.reset();
      currentNanos = baseNanos;
    }
    return nowNanos - waitingSince() >= currentNanos;
  }

  /** The wait expired: the next one is longer. */
  void escalate() {
    currentNanos = escalation.next().toNanos();
  }

  long waitedNanos(long nowNanos) {
    return nowNanos - waitingSince();
  }

  /** Nanoseconds until the current wait expires (at least 1). */
  long remainingNanos(long nowNanos) {
    return Math.max(1, waitingSince() + currentNanos - nowNanos);
  }

  private long waitingSince() {
    long progress = lastProgressNanos;
    return progress - busySinceNanos > 0 ? progress : busySinceNanos;
  }
}
