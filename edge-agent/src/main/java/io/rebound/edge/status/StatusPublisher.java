package io.rebound.edge.status;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.outbox.OutboxRelay;
import io.rebound.edge.outbox.OutboxStats;
import io.rebound.edge.outbox.OutboxStatsCache;
import io.rebound.edge.upstream.UpstreamStatus;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.TopicKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The retained {@link StoreStatus} on {@code …/status}: ONLINE on every (re)connect and then every
 * {@code rebound.status.heartbeat-interval} while connected, with the outbox backlog; OFFLINE on a
 * graceful shutdown, before the clean disconnect (the broker sends the OFFLINE will otherwise).
 */
@ApplicationScoped
public class StatusPublisher {
  /** Shutdown priority: after the relay stopped, before the connection closes. */
  static final int OFFLINE_PRIORITY = OutboxRelay.STOP_PRIORITY + 10;

  static final int CLOSE_PRIORITY = OFFLINE_PRIORITY + 10;
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);
  private static final Logger LOG = Logger.getLogger(StatusPublisher.class);

  private final MqttConnection connection;
  private final UpstreamStatus upstream;
  private final OutboxStatsCache outbox;
  private final EdgeConfig config;
  private final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "rebound-status-heartbeat");
            t.setDaemon(true);
            return t;
          });

  public StatusPublisher(
      MqttConnection connection,
      UpstreamStatus upstream,
      OutboxStatsCache outbox,
      EdgeConfig config) {
    this.connection = connection;
    this.upstream = upstream;
    this.outbox = outbox;
    this.config = config;
  }

  void onStartup(@Observes @Priority(OutboxRelay.START_PRIORITY) StartupEvent event) {
    long every = config.status().heartbeatInterval().toMillis();
    timer.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
  }

  void onConnectionChanged(@Observes ConnectionChanged change) {
    if (change.connected()) {
      timer.execute(this::heartbeat);
    }
  }

  /** Publishes OFFLINE (retained), then disconnects cleanly. */
  void onShutdown(@Observes @Priority(OFFLINE_PRIORITY) ShutdownEvent event) {
    timer.shutdownNow();
    if (connection.state() == ConnectionState.CONNECTED) {
      try {
        connection
            .publish(TopicKind.STATUS, ProtocolJson.toBytes(message(false)), true)
            .get(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        LOG.warnf("publishing the OFFLINE status failed: %s", e.toString());
      }
    }
  }

  void onClose(@Observes @Priority(CLOSE_PRIORITY) ShutdownEvent event) {
    connection.close(SHUTDOWN_WAIT);
  }

  private void heartbeat() {
    try {
      if (connection.state() != ConnectionState.CONNECTED) {
        return;
      }
      connection
          .publish(TopicKind.STATUS, ProtocolJson.toBytes(message(true)), true)
          .whenComplete(
              (result, error) -> {
                if (error != null) {
                  LOG.debugf("status heartbeat not delivered: %s", error.toString());
                }
              });
    } catch (RuntimeException e) {
      LOG.warnf("status heartbeat failed: %s", e.toString());
    }
  }

  StoreStatus message(boolean online) {
    Instant now = clock.instant();
    OutboxStats stats = outbox.current();
    return new StoreStatus(
        connection.storeId(),
        online
            ? io.rebound.protocols.envelope.ConnectionState.ONLINE
            : io.rebound.protocols.envelope.ConnectionState.OFFLINE,
        online ? upstream.since() : now,
        now,
        config.agentVersion(),
        stats.depth(),
        stats.oldestPendingAgeSeconds(now));
  }
}
