package io.rebound.e2e.harness;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles over a set of latencies. */
public final class Latencies {
  private final long[] sortedNanos;

  private Latencies(long[] sortedNanos) {
    this.sortedNanos = sortedNanos;
  }

  public static Latencies of(Collection<Duration> latencies) {
    long[] nanos = latencies.stream().mapToLong(Duration::toNanos).toArray();
    Arrays.sort(nanos);
    return new Latencies(nanos);
  }

  public int count() {
    return sortedNanos.length;
  }

  /** The {@code p}-th percentile ({@code 0 < p <= 100}) by nearest rank. */
  public Duration percentile(double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
    }
    if (sortedNanos.length == 0) {
      throw new IllegalStateException("no samples");
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
    return Duration.ofNanos(sortedNanos[Math.max(0, rank - 1)]);
  }

  public Duration p50() {
    return percentile(50);
  }

  public Duration p99() {
    return percentile(99);
  }

  public Duration max() {
    return percentile(100);
  }

  /** Milliseconds with two decimals, for tables and messages. */
  public static String millis(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.2f", d.toNanos() / 1e6);
  }

  @Override
  public String toString() {
    return count() == 0
        ? "no samples"
        : "n="
            + count()
            + " p50="
            + millis(p50())
            + "ms p99="
            + millis(p99())
            + "ms max="
            + millis(max())
            + "ms";
  }
}
