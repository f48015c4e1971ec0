package io.rebound.central.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAck;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.ingest.InboundMessage;
import io.rebound.central.ingest.IngestQueue;
import io.rebound.central.lifecycle.StateHolder;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Central's one MQTT 5 client (HiveMQ). Persistent session (clean start false, session expiry), so
 * QoS 1 events wait at the broker while central is down; events arrive through the shared
 * subscription {@code $share/<group>/rebound/v1/stores/+/events} and statuses through {@code
 * rebound/v1/stores/+/status}. Every message is acknowledged MANUALLY, by the ingest worker, after
 * its commit: a {@code kill -9} leaves the rest unacknowledged for redelivery. The publish callback
 * is registered before connecting so messages the broker queued for this session are not missed.
 */
@Singleton
public class MqttConnection {
  private static final Logger LOG = Logger.getLogger(MqttConnection.class);

  private final CentralConfig.Mqtt config;
  private final IngestQueue queue;
  private final String clientId;
  private final StateHolder<MqttState> state = new StateHolder<>("mqtt", MqttState.NEW);
  private volatile Mqtt5AsyncClient client;

  @Inject
  public MqttConnection(CentralConfig config, IngestQueue queue, Config quarkusConfig) {
    this.config = config.mqtt();
    this.queue = queue;
    int httpPort = quarkusConfig.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
    this.clientId = ClientIds.resolve(config.mqtt().clientId(), httpPort);
  }

  public String clientId() {
    return clientId;
  }

  public MqttState state() {
    return state.get();
  }

  public String eventsFilter() {
    return StoreTopic.sharedFilterAllStores(config.shareGroup(), TopicKind.EVENTS);
  }

  /** Starts connecting; returns at once (the client keeps retrying while the broker is down). */
  public void start() {
    Mqtt5AsyncClient c =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier(clientId)
            .serverHost(config.host())
            .serverPort(config.port())
            .automaticReconnect()
            .initialDelay(200, TimeUnit.MILLISECONDS)
            .maxDelay(5, TimeUnit.SECONDS)
            .applyAutomaticReconnect()
            .addConnectedListener(ctx -> onConnected())
            .addDisconnectedListener(this::onDisconnected)
            .buildAsync();
    c.publishes(MqttGlobalPublishFilter.ALL, this::onPublish, true);
    client = c;
    state.moveTo(MqttState.CONNECTING);
    LOG.infof(
        "connecting to MQTT %s:%d as %s (persistent session, expiry %s)",
        config.host(), config.port(), clientId, config.sessionExpiry());
    c.connectWith()
        .cleanStart(false)
        .sessionExpiryInterval(config.sessionExpiry().toSeconds())
        .keepAlive(30)
        .restrictions()
        .receiveMaximum(Math.min(65_535, queue.capacity()))
        .maximumPacketSize(config.maxMessageBytes())
        .applyRestrictions()
        .send()
        .whenComplete(
            (ack, error) -> {
              if (error != null) {
                LOG.warnf("MQTT broker not reachable yet (%s); retrying", error.getMessage());
              }
            });
  }

  /** Publishes at QoS 1; a failure is logged (the edge resends, central acks again). */
  public void publish(String topic, byte[] payload) {
    Mqtt5AsyncClient c = client;
    if (c == null) {
      throw new BrokerException("MQTT client not started", null);
    }
    c.publishWith()
        .topic(topic)
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(payload)
        .send()
        .whenComplete(
            (result, error) -> {
              Throwable failure = error != null ? error : result.getError().orElse(null);
              if (failure != null) {
                LOG.warnf("publish to %s failed: %s", topic, failure.getMessage());
              }
            });
  }

  public void stop() {
    Mqtt5AsyncClient c = client;
    if (state.get() == MqttState.STOPPED) {
      return;
    }
    state.moveTo(MqttState.STOPPED);
    if (c != null) {
      try {
        c.disconnect().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.debugf("MQTT disconnect: %s", e.getMessage());
      }
    }
  }

  private void onConnected() {
    if (!state.moveIf(MqttState.CONNECTING, MqttState.CONNECTED)
        && !state.moveIf(MqttState.DISCONNECTED, MqttState.CONNECTED)) {
      return;
    }
    LOG.infof("MQTT connected as %s; subscribing to %s", clientId, eventsFilter());
    client
        .subscribeWith()
        .addSubscription()
        .topicFilter(eventsFilter())
        .qos(MqttQos.AT_LEAST_ONCE)
        .applySubscription()
        .addSubscription()
        .topicFilter(StoreTopic.filterAllStores(TopicKind.STATUS))
        .qos(MqttQos.AT_LEAST_ONCE)
        .applySubscription()
        .send()
        .whenComplete(this::onSubscribed);
  }

  private void onSubscribed(Mqtt5SubAck subAck, Throwable error) {
    if (error != null) {
      LOG.warnf("MQTT subscribe failed: %s", error.getMessage());
      return;
    }
    if (subAck.getReasonCodes().stream().anyMatch(code -> code.isError())) {
      LOG.errorf(
          "broker refused the subscriptions %s (%s): central cannot ingest",
          subAck.getReasonCodes(), subAck.getReasonString().map(Object::toString).orElse(""));
      return;
    }
    if (state.moveIf(MqttState.CONNECTED, MqttState.SUBSCRIBED)) {
      LOG.infof("MQTT subscriptions active: %s", subAck.getReasonCodes());
    }
  }

  private void onDisconnected(MqttClientDisconnectedContext ctx) {
    MqttState previous = state.get();
    if (previous == MqttState.STOPPED || previous == MqttState.NEW) {
      ctx.getReconnector().reconnect(false);
      return;
    }
    try {
      state.moveTo(MqttState.DISCONNECTED);
    } catch (IllegalStateException stoppedMeanwhile) {
      ctx.getReconnector().reconnect(false);
      return;
    }
    if (previous != MqttState.DISCONNECTED && previous != MqttState.CONNECTING) {
      LOG.warnf("MQTT connection lost (%s); reconnecting", ctx.getCause().getMessage());
    }
  }

  private void onPublish(Mqtt5Publish publish) {
    InboundMessage message =
        new InboundMessage(
            publish.getTopic().toString(),
            publish.getPayloadAsBytes(),
            publish.isRetain(),
            Instant.now(),
            () -> acknowledge(publish));
    if (!queue.offer(message)) {
      LOG.errorf(
          "ingest queue full (%d): message on %s stays unacknowledged until redelivered",
          queue.capacity(), message.topic());
    }
  }

  private static void acknowledge(Mqtt5Publish publish) {
    try {
      publish.acknowledge();
    } catch (RuntimeException e) {
      LOG.debugf("acknowledge ignored: %s", e.getMessage());
    }
  }
}
