package io.rebound.edge.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void delays_double_from_the_base_up_to_the_cap_without_jitter_at_the_midpoint() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.5);

    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(8));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void jitter_spreads_a_delay_between_three_quarters_and_five_quarters_never_above_the_cap() {
    Backoff low = new Backoff(Duration.ofSeconds(4), Duration.ofSeconds(10), () -> 0.0);
    Backoff high = new Backoff(Duration.ofSeconds(4), Duration.ofSeconds(10), () -> 0.999);

    assertThat(low.next()).isEqualTo(Duration.ofSeconds(3));
    assertThat(high.next()).isBetween(Duration.ofMillis(4990), Duration.ofSeconds(5));
    assertThat(high.next()).isBetween(Duration.ofMillis(9990), Duration.ofSeconds(10));
    assertThat(high.next())
        .as("16 s capped, then jittered up: still the cap")
        .isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void reset_starts_again_from_the_base() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMinutes(5), () -> 0.5);
    for (int i = 0; i < 100; i++) {
      backoff.next();
    }
    assertThat(backoff.next()).isEqualTo(Duration.ofMinutes(5));

    backoff.reset();

    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void a_zero_base_is_rejected_with_the_reason() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), () -> 0.5))
        .hasMessageContaining("base must be positive");
  }
}
