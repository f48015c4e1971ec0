package io.rebound.central.fleet;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/stores/metrics}: backlog and sync lag from {@code since} to {@code until} in
 * buckets of {@code bucketSeconds}, for one store ({@code storeId}) or the whole fleet ({@code
 * storeId} null). Buckets without samples are absent.
 */
public record MetricSeries(
    String storeId, Instant since, Instant until, long bucketSeconds, List<MetricPoint> points) {
  public MetricSeries {
    points = List.copyOf(points);
  }
}
