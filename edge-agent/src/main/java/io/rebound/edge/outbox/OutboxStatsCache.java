package io.rebound.edge.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Outbox backlog figures for {@code /api/v1/status}, the heartbeat and the gauges {@code
 * rebound_outbox_depth} and {@code rebound_outbox_oldest_pending_age_seconds}. Reads the database
 * at most once per {@link #MAX_AGE} (a count on the partial index plus one indexed lookup), so
 * scrapes and status calls never cost more than that.
 */
@Startup
@ApplicationScoped
public class OutboxStatsCache {
  static final Duration MAX_AGE = Duration.ofSeconds(1);
  private static final Logger LOG = Logger.getLogger(OutboxStatsCache.class);

  private final OutboxStore store;
  private final Clock clock = Clock.systemUTC();
  private final AtomicReference<OutboxStats> cached = new AtomicReference<>();
  private final AtomicReference<Instant> lastAck = new AtomicReference<>();
  private volatile boolean lastAckLoaded;

  public OutboxStatsCache(OutboxStore store, MeterRegistry registry) {
    this.store = store;
    Gauge.builder("rebound.outbox.depth", this, c -> c.currentOrEmpty().depth())
        .description("Outbox rows not yet acknowledged by central")
        .register(registry);
    Gauge.builder(
            "rebound.outbox.oldest.pending.age.seconds",
            this,
            c -> c.currentOrEmpty().oldestPendingAgeSeconds(c.clock.instant()))
        .description("Age of the oldest outbox row not yet acknowledged by central")
        .register(registry);
  }

  /** Figures at most {@link #MAX_AGE} old. */
  public OutboxStats current() {
    Instant now = clock.instant();
    OutboxStats stats = cached.get();
    if (stats == null || Duration.between(stats.readAt(), now).compareTo(MAX_AGE) >= 0) {
      stats = reload(now);
    }
    return stats;
  }

  /** Records that acks were just committed; the next read refreshes the figures. */
  void ackRecorded(Instant at) {
    lastAck.set(at);
    cached.set(null);
  }

  private OutboxStats reload(Instant now) {
    boolean loadLastAck = !lastAckLoaded;
    OutboxStats read = store.stats(now, loadLastAck);
    if (loadLastAck) {
      read.lastAckAt().ifPresent(t -> lastAck.compareAndSet(null, t));
      lastAckLoaded = true;
    }
    OutboxStats stats =
        new OutboxStats(
            read.depth(), read.oldestPendingAt(), Optional.ofNullable(lastAck.get()), now);
    cached.set(stats);
    return stats;
  }

  private OutboxStats currentOrEmpty() {
    try {
      return current();
    } catch (RuntimeException e) {
      LOG.debugf("outbox stats unavailable: %s", e.getMessage());
      return new OutboxStats(0, Optional.empty(), Optional.empty(), clock.instant());
    }
  }
}
