package io.rebound.central.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5WillPublish;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAck;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.ingest.InboundMessage;
import io.rebound.central.ingest.IngestQueue;
import io.rebound.central.lifecycle.StateHolder;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Central's one MQTT 5 client (HiveMQ). Persistent session (clean start false, session expiry), so
 * QoS 1 events wait at the broker while central is down; events arrive through the shared
 * subscription {@code $share/<group>/rebound/v1/stores/+/events} and statuses through {@code
 * rebound/v1/stores/+/status}; MQTT 5 requests arrive through {@code
 * $share/<group>/rebound/v1/stores/+/requests} and are fired as {@link InboundRequest} events.
 * Every message is acknowledged MANUALLY, by the ingest worker, after its commit: a {@code kill -9}
 * leaves the rest unacknowledged for redelivery. The publish callback is registered before
 * connecting so messages the broker queued for this session are not missed. An optional last will
 * ({@link #setLastWill}) is registered with every connect; listeners added with {@link
 * #onSubscribed} run each time the subscriptions are active again (after every reconnect).
 */
@Singleton
public class MqttConnection {
  private static final Logger LOG = Logger.getLogger(MqttConnection.class);

  private final CentralConfig.Mqtt config;
  private final IngestQueue queue;
  private final Event<InboundRequest> requests;
  private final String clientId;
  private final StateHolder<MqttState> state = new StateHolder<>("mqtt", MqttState.NEW);
  private final List<Runnable> subscribedListeners = new CopyOnWriteArrayList<>();
  private volatile Mqtt5WillPublish lastWill;
  private volatile Mqtt5AsyncClient client;

  @Inject
  public MqttConnection(
      CentralConfig config,
      IngestQueue queue,
      Config quarkusConfig,
      Event<InboundRequest> requests) {
    this.config = config.mqtt();
    this.queue = queue;
    this.requests = requests;
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

  /** {@code $share/<group>/rebound/v1/stores/+/requests}: instances split the stores' requests. */
  public String requestsFilter() {
    return StoreTopic.sharedFilterAllStores(config.shareGroup(), TopicKind.REQUESTS);
  }

  /**
   * The retained message the broker publishes on {@code topic} if this instance's connection is
   * lost without a clean disconnect. Call before {@link #start}.
   */
  public void setLastWill(String topic, byte[] payload) {
    lastWill =
        Mqtt5WillPublish.builder()
            .topic(topic)
            .qos(MqttQos.AT_LEAST_ONCE)
            .retain(true)
            .payload(payload)
            .build();
  }

  /**
   * Runs {@code listener} (on an MQTT client thread: it must not block) every time the
   * subscriptions become active, i.e. once per (re)connect when central can ingest again.
   */
  public void onSubscribed(Runnable listener) {
    subscribedListeners.add(listener);
  }

  /** Starts connecting; returns at once (the client keeps retrying while the broker is down). */
  public void start() {
    Mqtt5AsyncClient c =
        BrokerLogin.withTls(MqttClient.builder(), config)
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
    BrokerLogin.withAuth(c.connectWith(), config)
        .cleanStart(false)
        .sessionExpiryInterval(config.sessionExpiry().toSeconds())
        .keepAlive(30)
        .willPublish(lastWill)
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

  /** Publishes a retained message at QoS 1; the future carries the PUBACK. */
  public CompletableFuture<Mqtt5PublishResult> publishRetained(String topic, byte[] payload) {
    Mqtt5AsyncClient c = client;
    if (c == null) {
      return CompletableFuture.failedFuture(new BrokerException("MQTT client not started", null));
    }
    return c.publishWith()
        .topic(topic)
        .qos(MqttQos.AT_LEAST_ONCE)
        .retain(true)
        .payload(payload)
        .send();
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
        .addSubscription()
        .topicFilter(requestsFilter())
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
      for (Runnable listener : subscribedListeners) {
        try {
          listener.run();
        } catch (RuntimeException e) {
          LOG.errorf(e, "a subscription listener failed");
        }
      }
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
    if (publish.getTopic().toString().endsWith("/" + TopicKind.REQUESTS.level())) {
      fireRequest(publish);
      return;
    }
    InboundMessage message =
        new InboundMessage(
            publish.getTopic().toString(),
            publish.getPayloadAsBytes(),
            publish.isRetain(),
            Instant.now(),
            () -> acknowledge(publish),
            userProperties(publish));
    if (!queue.offer(message)) {
      LOG.errorf(
          "ingest queue full (%d): message on %s stays unacknowledged until redelivered",
          queue.capacity(), message.topic());
    }
  }

  private void fireRequest(Mqtt5Publish publish) {
    try {
      requests.fire(
          new InboundRequest(
              publish.getTopic().toString(),
              publish.getPayloadAsBytes(),
              publish.getContentType().map(Object::toString),
              publish.getResponseTopic().map(Object::toString),
              publish.getCorrelationData().map(MqttConnection::bytes),
              () -> acknowledge(publish)));
    } catch (RuntimeException e) {
      LOG.errorf(e, "request on %s not handled; acknowledged and dropped", publish.getTopic());
      acknowledge(publish);
    }
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] copy = new byte[buffer.remaining()];
    buffer.duplicate().get(copy);
    return copy;
  }

  /**
   * Publishes an MQTT 5 response at QoS 1 on {@code responseTopic} with the request's correlation
   * data and {@code contentType}; the future carries the PUBACK.
   */
  public CompletableFuture<Mqtt5PublishResult> publishResponse(
      String responseTopic, byte[] payload, String contentType, byte[] correlationData) {
    Mqtt5AsyncClient c = client;
    if (c == null) {
      return CompletableFuture.failedFuture(new BrokerException("MQTT client not started", null));
    }
    return c.publishWith()
        .topic(responseTopic)
        .qos(MqttQos.AT_LEAST_ONCE)
        .contentType(contentType)
        .correlationData(correlationData)
        .payload(payload)
        .send();
  }

  /** The publish's MQTT 5 user properties (first value of a repeated name wins). */
  private static java.util.Map<String, String> userProperties(Mqtt5Publish publish) {
    java.util.Map<String, String> props = new java.util.HashMap<>();
    publish
        .getUserProperties()
        .asList()
        .forEach(p -> props.putIfAbsent(p.getName().toString(), p.getValue().toString()));
    return props;
  }

  private static void acknowledge(Mqtt5Publish publish) {
    try {
      publish.acknowledge();
    } catch (RuntimeException e) {
      LOG.debugf("acknowledge ignored: %s", e.getMessage());
    }
  }
}
