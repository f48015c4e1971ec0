package io.rebound.edge.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FlapBackoffTest {
  private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  private final FlapBackoff backoff =
      new FlapBackoff(
          Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.5);

  @Test
  void connections_dropped_right_after_connack_back_off_exponentially_up_to_the_max() {
    Instant t = T0;
    long[] expected = {200, 400, 800, 1000, 1000};
    for (long millis : expected) {
      backoff.connected(t);
      t = t.plusMillis(50);
      assertThat(backoff.disconnected(t)).contains(Duration.ofMillis(millis));
    }
    assertThat(backoff.flaps()).isEqualTo(5);
  }

  @Test
  void a_stable_connection_resets_the_count_and_keeps_the_clients_own_delay() {
    backoff.connected(T0);
    backoff.disconnected(T0.plusMillis(10));
    backoff.connected(T0.plusSeconds(1));
    assertThat(backoff.disconnected(T0.plusSeconds(30))).isEmpty();
    assertThat(backoff.flaps()).isZero();
    backoff.connected(T0.plusSeconds(31));
    assertThat(backoff.disconnected(T0.plusSeconds(31).plusMillis(5)))
        .contains(Duration.ofMillis(200));
  }

  @Test
  void a_failed_connect_attempt_is_left_to_the_clients_backoff() {
    assertThat(backoff.disconnected(T0)).isEmpty();
  }

  @Test
  void jitter_stays_within_a_quarter_either_way() {
    FlapBackoff low =
        new FlapBackoff(
            Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.0);
    FlapBackoff high =
        new FlapBackoff(
            Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.999999);
    low.connected(T0);
    high.connected(T0);
    assertThat(low.disconnected(T0.plusMillis(1))).contains(Duration.ofMillis(150));
    assertThat(high.disconnected(T0.plusMillis(1))).contains(Duration.ofMillis(250));
  }
}
