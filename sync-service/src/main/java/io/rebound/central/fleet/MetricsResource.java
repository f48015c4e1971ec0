package io.rebound.central.fleet;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Backlog and sync lag over time, per store or for the fleet (the console's chart). */
@Path("/api/v1/stores/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {
  static final Duration DEFAULT_RANGE = Duration.ofHours(1);

  private final MetricsRepository metrics;
  private final Clock clock = Clock.systemUTC();

  @Inject
  public MetricsResource(MetricsRepository metrics) {
    this.metrics = metrics;
  }

  /**
   * {@code storeId} absent: the fleet (backlog summed, lag the highest). {@code since}: an ISO-8601
   * instant in the past (default one hour ago).
   */
  @GET
  public MetricSeries series(
      @QueryParam("storeId") String storeId, @QueryParam("since") String since) {
    Instant now = clock.instant();
    Optional<String> store =
        storeId == null || storeId.isEmpty()
            ? Optional.empty()
            : Optional.of(StoreId.of(storeId).value());
    Instant from = since == null || since.isEmpty() ? now.minus(DEFAULT_RANGE) : parse(since);
    if (!from.isBefore(now)) {
      throw new InvalidMessageException("since", "past", "must be an instant in the past");
    }
    return metrics.series(store, from, now);
  }

  private static Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidMessageException(
          "since", "iso-8601-instant", "must be an ISO-8601 instant such as 2026-01-31T08:00:00Z");
    }
  }
}
