package io.rebound.central.stores;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.db.Sql;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Periodically counts stores with a sequence gap (gauge {@code rebound_ingest_gaps}) and logs a
 * warning for every gap older than {@code rebound.stores.gap-warning-after} — once when it gets
 * old, then at most every {@link #REPEAT_WARNING_AFTER} while it persists.
 */
@Singleton
public class GapMonitor {
  private static final Logger LOG = Logger.getLogger(GapMonitor.class);
  private static final int MAX_WARNINGS_PER_CHECK = 20;
  static final Duration REPEAT_WARNING_AFTER = Duration.ofMinutes(5);

  private final Database database;
  private final Duration warnAfter;
  private final Clock clock = Clock.systemUTC();
  private final AtomicLong gaps = new AtomicLong();
  private final Map<String, Instant> lastWarned = new ConcurrentHashMap<>();
  private ScheduledExecutorService timer;

  @Inject
  public GapMonitor(Database database, CentralConfig config, MeterRegistry registry) {
    this.database = database;
    this.warnAfter = config.stores().gapWarningAfter();
    Gauge.builder("rebound.ingest.gaps", gaps, AtomicLong::get)
        .description("Stores whose events are not contiguous (highest > contiguous sequence)")
        .register(registry);
  }

  public void start() {
    long period = Math.max(1_000, Math.min(10_000, warnAfter.toMillis()));
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rebound-gap-monitor");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  void check() {
    try {
      Instant now = clock.instant();
      Instant warnBefore = now.minus(warnAfter);
      Set<String> gapped = new HashSet<>();
      long count =
          database.read(
              c -> {
                long n = 0;
                long old = 0;
                try (PreparedStatement ps =
                        c.prepareStatement(
                            "SELECT store_id, contiguous_sequence, highest_sequence,"
                                + " missing_sequences, gap_since FROM stores"
                                + " WHERE gap_since IS NOT NULL ORDER BY store_id");
                    ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    n++;
                    String store = rs.getString(1);
                    gapped.add(store);
                    Instant since = Sql.getInstant(rs, "gap_since");
                    if (since.isBefore(warnBefore) && dueForWarning(store, now)) {
                      if (++old <= MAX_WARNINGS_PER_CHECK) {
                        warn(store, rs.getLong(2), rs.getLong(3), rs.getLong(4), since);
                      }
                    }
                  }
                }
                if (old > MAX_WARNINGS_PER_CHECK) {
                  LOG.warnf(
                      "%d stores have had a sequence gap for more than %s (first %d listed)",
                      old, warnAfter, MAX_WARNINGS_PER_CHECK);
                }
                return n;
              });
      gaps.set(count);
      lastWarned.keySet().retainAll(gapped);
    } catch (DatabaseException e) {
      LOG.debugf("gap check skipped: %s", e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("gap check failed", e);
    }
  }

  private boolean dueForWarning(String store, Instant now) {
    Instant last = lastWarned.get(store);
    if (last != null && last.plus(REPEAT_WARNING_AFTER).isAfter(now)) {
      return false;
    }
    lastWarned.put(store, now);
    return true;
  }

  private static void warn(
      String store, long contiguous, long highest, long missing, Instant since) {
    MDC.put("storeId", store);
    try {
      LOG.warnf(
          "store %s: %d event(s) missing between sequence %d and %d since %s; events above %d"
              + " wait for them",
          store, missing, contiguous, highest, since, contiguous);
    } finally {
      MDC.remove("storeId");
    }
  }
}
