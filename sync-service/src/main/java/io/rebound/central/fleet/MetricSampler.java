package io.rebound.central.fleet;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.central.stores.StatusesCommitted;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.StoreStatus;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Writes the backlog/lag history ({@code store_metric_samples}) from the store statuses that
 * arrive: a sample when a store's online state changed since its last sample, else at most one per
 * {@code rebound.fleet.sample-interval} (also across central instances: the insert skips a store
 * sampled within the interval). Samples older than {@code rebound.fleet.sample-retention} are
 * deleted every {@link #PURGE_EVERY}. Runs on its own thread, never on the ingest thread; a failed
 * write loses that sample only.
 */
@Singleton
public class MetricSampler {
  private static final Logger LOG = Logger.getLogger(MetricSampler.class);
  static final Duration PURGE_EVERY = Duration.ofMinutes(10);

  private record Sampled(Instant at, boolean online) {}

  private final Database database;
  private final Duration interval;
  private final Duration retention;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, Sampled> lastSample = new ConcurrentHashMap<>();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "rebound-metric-sampler");
            t.setDaemon(true);
            return t;
          });
  private volatile Instant lastPurge = Instant.EPOCH;

  @Inject
  public MetricSampler(Database database, CentralConfig config) {
    this.database = database;
    this.interval = config.fleet().sampleInterval();
    this.retention = config.fleet().sampleRetention();
  }

  void onStatuses(@Observes StatusesCommitted committed) {
    List<StoreStatus> statuses = committed.statuses();
    try {
      thread.execute(() -> sample(statuses));
    } catch (RejectedExecutionException e) {
      LOG.debug("shutting down: statuses not sampled");
    }
  }

  void sample(List<StoreStatus> statuses) {
    Instant now = clock.instant();
    try (Connection c = database.connection()) {
      for (StoreStatus status : statuses) {
        boolean online = status.state() == ConnectionState.ONLINE;
        Sampled previous = lastSample.get(status.storeId().value());
        boolean changed = previous == null || previous.online() != online;
        if (!changed && previous.at().plus(interval).isAfter(now)) {
          continue;
        }
        if (insert(c, status, online, now, changed)) {
          lastSample.put(status.storeId().value(), new Sampled(now, online));
        }
      }
      if (lastPurge.plus(PURGE_EVERY).isBefore(now)) {
        purge(c, now);
        lastPurge = now;
      }
    } catch (SQLException e) {
      LOG.debugf("backlog samples not written: %s", e.getMessage());
    }
  }

  private boolean insert(Connection c, StoreStatus s, boolean online, Instant now, boolean changed)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO store_metric_samples (store_id, sampled_at, backlog,"
                + " oldest_pending_age_seconds, online) SELECT ?, ?, ?, ?, ? WHERE ? OR NOT EXISTS"
                + " (SELECT 1 FROM store_metric_samples WHERE store_id = ? AND sampled_at > ?)"
                + " ON CONFLICT DO NOTHING")) {
      ps.setString(1, s.storeId().value());
      Sql.setInstant(ps, 2, now);
      ps.setLong(3, s.outboxDepth());
      ps.setLong(4, s.oldestPendingAgeSeconds());
      ps.setBoolean(5, online);
      ps.setBoolean(6, changed);
      ps.setString(7, s.storeId().value());
      Sql.setInstant(ps, 8, now.minus(interval));
      return ps.executeUpdate() == 1;
    }
  }

  void purge(Connection c, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM store_metric_samples WHERE sampled_at < ?")) {
      Sql.setInstant(ps, 1, now.minus(retention));
      int deleted = ps.executeUpdate();
      if (deleted > 0) {
        LOG.debugf("deleted %d backlog samples older than %s", deleted, retention);
      }
    }
  }

  @PreDestroy
  void stop() {
    thread.shutdownNow();
  }
}
