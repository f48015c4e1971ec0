package io.rebound.e2e.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  private static Latencies oneToHundredMillis() {
    return Latencies.of(IntStream.rangeClosed(1, 100).mapToObj(Duration::ofMillis).toList());
  }

  @Test
  void percentiles_use_the_nearest_rank() {
    Latencies l = oneToHundredMillis();
    assertThat(l.p50()).isEqualTo(Duration.ofMillis(50));
    assertThat(l.p99()).isEqualTo(Duration.ofMillis(99));
    assertThat(l.max()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void a_single_sample_is_every_percentile() {
    Latencies l = Latencies.of(List.of(Duration.ofMillis(3)));
    assertThat(l.p50()).isEqualTo(l.p99()).isEqualTo(Duration.ofMillis(3));
  }

  @Test
  void no_samples_has_no_percentile() {
    assertThatThrownBy(() -> Latencies.of(List.of()).p99())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void out_of_range_percentile_is_rejected() {
    assertThatThrownBy(() -> oneToHundredMillis().percentile(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0, 100]");
  }
}
