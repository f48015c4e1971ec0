package io.rebound.edge.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AckTimeoutTest {
  private static final long S = 1_000_000_000L;

  private final AckTimeout timeout =
      new AckTimeout(
          Duration.ofSeconds(20),
          new Backoff(Duration.ofSeconds(40), Duration.ofMinutes(5), () -> 0.5),
          0);

  @Test
  void expires_after_the_ack_timeout_counted_from_when_the_window_got_busy() {
    timeout.busyFrom(100 * S);

    assertThat(timeout.expired(119 * S)).isFalse();
    assertThat(timeout.remainingNanos(119 * S)).isEqualTo(S);
    assertThat(timeout.expired(120 * S)).isTrue();
  }

  @Test
  void ack_progress_restarts_the_wait() {
    timeout.busyFrom(0);
    timeout.progress(15 * S);

    assertThat(timeout.expired(30 * S)).isFalse();
    assertThat(timeout.expired(35 * S)).isTrue();
  }

  @Test
  void repeated_timeouts_without_progress_wait_longer_until_progress_resets_them() {
    timeout.busyFrom(0);
    assertThat(timeout.expired(20 * S)).isTrue();
    timeout.escalate();
    timeout.restart(20 * S);
    assertThat(timeout.expired(59 * S)).as("second wait is 40 s").isFalse();
    assertThat(timeout.expired(60 * S)).isTrue();
    timeout.escalate();
    timeout.restart(60 * S);
    assertThat(timeout.expired(139 * S)).as("third wait is 80 s").isFalse();

    timeout.progress(140 * S);

    assertThat(timeout.expired(159 * S)).as("back to 20 s after progress").isFalse();
    assertThat(timeout.expired(160 * S)).isTrue();
  }
}
