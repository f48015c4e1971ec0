package io.rebound.e2e.bench;

import java.time.Duration;

/**
 * (c) How a backlog drained: {@code total} from broker start until the outbox was empty, {@code
 * afterFirstAck} from the first acknowledged event (so reconnect and resend delays are visible as
 * the difference).
 */
record Drain(int returns, Duration total, Duration afterFirstAck) {
  double perSecond() {
    return returns / seconds(total);
  }

  double perSecondAfterFirstAck() {
    return returns / seconds(afterFirstAck);
  }

  static double seconds(Duration d) {
    return Math.max(1e-9, d.toNanos() / 1e9);
  }
}
