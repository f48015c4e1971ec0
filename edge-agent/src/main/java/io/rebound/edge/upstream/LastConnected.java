package io.rebound.edge.upstream;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.store.WriteLane;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * How long the agent has been offline, surviving restarts: the last moment the MQTT connection was
 * known up is kept in {@code agent_state} (on connect, on disconnect and every {@code
 * rebound.policy.connected-checkpoint-interval} while connected); before the first connection ever,
 * the agent's first start stands in for it. Feeds the offline-duration policy rule.
 */
@ApplicationScoped
public class LastConnected {
  private static final Logger LOG = Logger.getLogger(LastConnected.class);

  /** Whether the connection is up, and the last instant it was known up. */
  private record Seen(ConnectionState state, Instant lastConnectedAt) {}

  private final WriteLane lane;
  private final Clock clock;
  private final Duration checkpointEvery;
  private final AtomicReference<Seen> seen = new AtomicReference<>();
  private ScheduledExecutorService timer;

  @Inject
  LastConnected(WriteLane lane, Clock clock, EdgeConfig config) {
    this(lane, clock, config.policy().connectedCheckpointInterval());
  }

  LastConnected(WriteLane lane, Clock clock, Duration checkpointEvery) {
    this.lane = lane;
    this.clock = clock;
    this.checkpointEvery = checkpointEvery;
  }

  /** Loads the persisted state; runs before the MQTT connection starts (priority 3000). */
  void onStart(@Observes StartupEvent event) {
    Instant last = AgentStateStore.load(lane, clock.instant());
    seen.compareAndSet(null, new Seen(ConnectionState.DISCONNECTED, last));
    LOG.infof("last known connected at %s", last);
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rebound-connected-checkpoint");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, checkpointEvery.toMillis());
    timer.scheduleAtFixedRate(this::checkpoint, every, every, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent event) {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  /** Cheap and non-blocking: runs on an MQTT client thread. */
  void onConnectionChanged(@Observes ConnectionChanged change) {
    boolean wasUp = change.from() == ConnectionState.CONNECTED;
    if (!change.connected() && !wasUp) {
      return;
    }
    Instant at = change.at();
    Seen before = seen.get();
    Instant last =
        before == null || at.isAfter(before.lastConnectedAt()) ? at : before.lastConnectedAt();
    seen.set(new Seen(change.to(), last));
    AgentStateStore.saveLastConnected(lane, last);
  }

  /** How long the agent has been offline at {@code now}; zero while connected. */
  public Duration offlineFor(Instant now) {
    Seen s = seen.get();
    if (s == null || s.state() == ConnectionState.CONNECTED) {
      return Duration.ZERO;
    }
    Duration d = Duration.between(s.lastConnectedAt(), now);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** The last instant the connection was known up (or the first start), if loaded. */
  public Instant lastConnectedAt() {
    Seen s = seen.get();
    return s == null ? clock.instant() : s.lastConnectedAt();
  }

  private void checkpoint() {
    Seen s = seen.get();
    if (s != null && s.state() == ConnectionState.CONNECTED) {
      Instant now = clock.instant();
      seen.compareAndSet(s, new Seen(s.state(), now));
      AgentStateStore.saveLastConnected(lane, now);
    }
  }
}
