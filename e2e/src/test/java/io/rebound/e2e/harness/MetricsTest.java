package io.rebound.e2e.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final String TEXT =
      """
      # HELP rebound_ingest_events_total Events ingested
      # TYPE rebound_ingest_events_total counter
      rebound_ingest_events_total{outcome="stored"} 120.0
      rebound_ingest_events_total{outcome="duplicate",store="a b"} 3.0
      rebound_outbox_depth 7
      rebound_outbox_published_total 1.5E3
      """;

  @Test
  void sums_every_label_set_of_a_metric() {
    assertThat(Metrics.parse(TEXT).sum("rebound_ingest_events_total")).isEqualTo(123.0);
  }

  @Test
  void reads_unlabelled_and_scientific_samples() {
    Metrics m = Metrics.parse(TEXT);
    assertThat(m.sum("rebound_outbox_depth")).isEqualTo(7.0);
    assertThat(m.sum("rebound_outbox_published_total")).isEqualTo(1500.0);
  }

  @Test
  void absent_metric_sums_to_zero_and_is_reported_absent() {
    Metrics m = Metrics.parse(TEXT);
    assertThat(m.sum("nope_total")).isZero();
    assertThat(m.has("nope_total")).isFalse();
    assertThat(m.namesStartingWith("rebound_outbox"))
        .containsExactly("rebound_outbox_depth", "rebound_outbox_published_total");
  }
}
