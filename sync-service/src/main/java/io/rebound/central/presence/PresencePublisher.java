package io.rebound.central.presence;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.central.mqtt.MqttState;
import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.ids.CentralInstanceId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.CentralTopic;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * This instance's presence for the stores: a retained {@link CentralStatus} on {@code
 * rebound/v1/central/instances/{instanceId}/status} (instance id = MQTT client id). ONLINE each
 * time the subscriptions are active again (so a store that sees a new {@code since} knows central
 * can ingest what it resends), then every {@code rebound.central.heartbeat-interval} and at once
 * when the {@link PaymentGatewayHealth} changes; an OFFLINE last will; OFFLINE on a clean shutdown.
 */
@Singleton
public class PresencePublisher {
  private static final Logger LOG = Logger.getLogger(PresencePublisher.class);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);

  private final MqttConnection mqtt;
  private final PaymentGatewayHealth gateway;
  private final Duration interval;
  private final Clock clock = Clock.systemUTC();
  private volatile CentralInstanceId instanceId;
  private volatile String topic;
  private volatile Instant onlineSince;
  private ScheduledExecutorService timer;

  @Inject
  public PresencePublisher(
      MqttConnection mqtt, PaymentGatewayHealth gateway, CentralConfig config) {
    this.mqtt = mqtt;
    this.gateway = gateway;
    this.interval = config.central().heartbeatInterval();
  }

  /** This instance's id (its MQTT client id); set by {@link #prepare}. */
  public CentralInstanceId instanceId() {
    return instanceId;
  }

  /**
   * Registers the OFFLINE last will and the on-subscribed announcement; call before MQTT starts
   * (after the configuration was checked: the client id must be a valid instance id).
   */
  public void prepare() {
    instanceId = CentralInstanceId.of(mqtt.clientId());
    topic = CentralTopic.of(instanceId).name();
    Instant now = clock.instant();
    mqtt.setLastWill(
        topic,
        ProtocolJson.toBytes(
            CentralStatus.of(
                instanceId, ConnectionState.OFFLINE, now, now, GatewayHealth.UNKNOWN)));
    mqtt.onSubscribed(this::sessionStarted);
  }

  /** Starts the heartbeat. */
  public void start() {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rebound-central-presence");
              t.setDaemon(true);
              return t;
            });
    long every = interval.toMillis();
    timer.scheduleAtFixedRate(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
  }

  /** Stops the heartbeat and publishes OFFLINE (retained) while the connection is still up. */
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
    if (mqtt.state() != MqttState.SUBSCRIBED && mqtt.state() != MqttState.CONNECTED) {
      return;
    }
    Instant now = clock.instant();
    try {
      mqtt.publishRetained(topic, bytes(ConnectionState.OFFLINE, now, now))
          .get(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      LOG.infof("announced %s OFFLINE", instanceId);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warnf("publishing the OFFLINE presence failed: %s", e.toString());
    }
  }

  void onGatewayChanged(@Observes GatewayHealthChanged change) {
    ScheduledExecutorService t = timer;
    if (t != null && !t.isShutdown()) {
      t.execute(this::heartbeat);
    }
  }

  /** On an MQTT client thread: never block here. */
  private void sessionStarted() {
    onlineSince = clock.instant();
    LOG.infof("announcing %s ONLINE on %s", instanceId, topic);
    heartbeat();
  }

  private void heartbeat() {
    Instant since = onlineSince;
    if (since == null || mqtt.state() != MqttState.SUBSCRIBED) {
      return;
    }
    try {
      mqtt.publishRetained(topic, bytes(ConnectionState.ONLINE, since, clock.instant()))
          .whenComplete(
              (result, error) -> {
                if (error != null) {
                  LOG.debugf("presence heartbeat not delivered: %s", error.toString());
                }
              });
    } catch (RuntimeException e) {
      LOG.warnf("presence heartbeat failed: %s", e.toString());
    }
  }

  private byte[] bytes(ConnectionState state, Instant since, Instant now) {
    Instant from = since.isAfter(now) ? now : since;
    return ProtocolJson.toBytes(CentralStatus.of(instanceId, state, from, now, gateway.current()));
  }
}
