package io.rebound.e2e.bench;

import io.rebound.e2e.harness.BurstResult;
import io.rebound.e2e.harness.Latencies;
import java.time.Duration;

/** One throughput/latency measurement of the agent's POS API. */
record Measurement(
    String label, int terminals, double perSecond, Duration p50, Duration p99, long failures) {

  static Measurement of(String label, int terminals, BurstResult burst) {
    Latencies l = burst.acceptedLatencies();
    return new Measurement(
        label,
        terminals,
        burst.acceptedPerSecond(),
        l.p50(),
        l.p99(),
        burst.results().size() - burst.accepted().size());
  }
}
