package io.rebound.central.fleet;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code store_metric_samples} as a bucketed series (at most {@link #MAX_POINTS}). */
@Singleton
public class MetricsRepository {
  static final int MAX_POINTS = 720;

  private final Database database;
  private final Duration sampleInterval;

  @Inject
  public MetricsRepository(Database database, CentralConfig config) {
    this.database = database;
    this.sampleInterval = config.fleet().sampleInterval();
  }

  public MetricSeries series(Optional<String> storeId, Instant since, Instant until) {
    long range = Math.max(1, Duration.between(since, until).toSeconds());
    long bucket = Math.max(Math.max(1, sampleInterval.toSeconds()), ceilDiv(range, MAX_POINTS));
    String sql =
        "SELECT bucket, SUM(backlog) AS backlog, MAX(age) AS lag, COUNT(*) AS sampled,"
            + " COUNT(*) FILTER (WHERE online) AS online FROM (SELECT store_id,"
            + " to_timestamp(floor(extract(epoch FROM sampled_at) / ?) * ?) AS bucket,"
            + " MAX(backlog) AS backlog, MAX(oldest_pending_age_seconds) AS age,"
            + " bool_or(online) AS online FROM store_metric_samples"
            + " WHERE sampled_at >= ? AND sampled_at <= ?"
            + (storeId.isPresent() ? " AND store_id = ?" : "")
            + " GROUP BY 1, 2) per_store GROUP BY bucket ORDER BY bucket LIMIT ?";
    List<MetricPoint> points =
        database.read(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 0;
                ps.setLong(++i, bucket);
                ps.setLong(++i, bucket);
                Sql.setInstant(ps, ++i, since);
                Sql.setInstant(ps, ++i, until);
                if (storeId.isPresent()) {
                  ps.setString(++i, storeId.get());
                }
                ps.setInt(++i, MAX_POINTS + 1);
                List<MetricPoint> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    found.add(
                        new MetricPoint(
                            Sql.getInstant(rs, "bucket"),
                            rs.getLong("backlog"),
                            rs.getLong("lag"),
                            rs.getInt("sampled"),
                            rs.getInt("online")));
                  }
                }
                return found;
              }
            });
    return new MetricSeries(storeId.orElse(null), since, until, bucket, points);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
