package io.rebound.edge.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserProperties;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserPropertiesBuilder;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5Connect;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5WillPublish;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.security.MessageKeyFile;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.CentralTopic;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The agent's one MQTT 5 connection: persistent session (clean start false, long expiry), automatic
 * reconnect with exponential backoff and HiveMQ's ±25 % jitter, retained OFFLINE status as last
 * will. It connects in the background: startup never waits for the broker (offline-first). On every
 * (re)connect it subscribes this store's {@code acks}, {@code commands} and {@code responses} at
 * QoS 1 and central's presence topics at QoS 0 (so the broker queues no stale heartbeats while the
 * store is away, and re-sends the retained ones), then fires {@link ConnectionChanged}; incoming
 * messages are fired as {@link InboundMessage}, {@link ResponseMessage} or {@link CentralMessage}.
 */
@ApplicationScoped
public class MqttConnection {
  /** Observer priority of {@link #start}: after the store opened, before the HTTP traffic. */
  public static final int START_PRIORITY = 2000;

  private static final Logger LOG = Logger.getLogger(MqttConnection.class);

  private final EdgeConfig config;
  private final StoreId storeId;
  private final Event<ConnectionChanged> changes;
  private final Event<InboundMessage> inbound;
  private final Event<CentralMessage> central;
  private final Event<ResponseMessage> responses;
  private final Clock clock = Clock.systemUTC();
  private final ConnectionStateMachine state = new ConnectionStateMachine(clock);
  private final Mqtt5AsyncClient client;
  private final MessageKeyFile messageKey;
  private final Optional<byte[]> password;
  private final AtomicBoolean refusalLogged = new AtomicBoolean();
  private final AtomicLong connections = new AtomicLong();
  private final FlapBackoff flapBackoff;

  public MqttConnection(
      EdgeConfig config,
      Event<ConnectionChanged> changes,
      Event<InboundMessage> inbound,
      Event<CentralMessage> central,
      Event<ResponseMessage> responses,
      MessageKeyFile messageKey) {
    this.config = config;
    this.responses = responses;
    this.messageKey = messageKey;
    this.password = MqttCredentials.password(config.mqtt());
    this.storeId = config.storeId();
    this.changes = changes;
    this.inbound = inbound;
    this.central = central;
    EdgeConfig.Mqtt mqtt = config.mqtt();
    this.flapBackoff =
        new FlapBackoff(
            mqtt.reconnectInitialDelay(),
            mqtt.reconnectMaxDelay(),
            stableAfter(mqtt.reconnectMaxDelay()),
            () -> ThreadLocalRandom.current().nextDouble());
    this.client =
        MqttCredentials.withTls(MqttClient.builder(), mqtt.tls())
            .useMqttVersion5()
            .identifier(EdgeConfig.Mqtt.clientIdFor(mqtt, storeId))
            .serverHost(mqtt.host())
            .serverPort(mqtt.port())
            .automaticReconnect()
            .initialDelay(mqtt.reconnectInitialDelay().toMillis(), TimeUnit.MILLISECONDS)
            .maxDelay(mqtt.reconnectMaxDelay().toMillis(), TimeUnit.MILLISECONDS)
            .applyAutomaticReconnect()
            .transportConfig()
            .socketConnectTimeout(mqtt.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .mqttConnectTimeout(mqtt.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .applyTransportConfig()
            .addConnectedListener(ctx -> onConnected())
            .addDisconnectedListener(this::onDisconnected)
            .buildAsync();
  }

  void onStartup(@Observes @Priority(START_PRIORITY) StartupEvent event) {
    start();
  }

  /** Starts connecting in the background; returns at once. */
  public void start() {
    client.publishes(MqttGlobalPublishFilter.ALL, this::onPublish);
    moveTo(ConnectionState.CONNECTING);
    EdgeConfig.Mqtt mqtt = config.mqtt();
    LOG.infof(
        "connecting to MQTT broker %s:%d as %s (in the background)",
        mqtt.host(), mqtt.port(), EdgeConfig.Mqtt.clientIdFor(mqtt, storeId));
    client
        .connect(connectMessage())
        .whenComplete(
            (ack, error) -> {
              if (error != null) {
                LOG.infof("broker not reachable yet (%s); retrying with backoff", error.toString());
              }
            });
  }

  /** How many times the broker accepted this agent's connection since start (CONNACK success). */
  public long connections() {
    return connections.get();
  }

  /**
   * A connection counts as stable once it lasted the longer of the maximum reconnect delay and 10
   * s: shorter ones are flaps ({@link FlapBackoff}).
   */
  private static Duration stableAfter(Duration maxDelay) {
    Duration floor = Duration.ofSeconds(10);
    return maxDelay.compareTo(floor) > 0 ? maxDelay : floor;
  }

  public ConnectionState state() {
    return state.current();
  }

  public StoreId storeId() {
    return storeId;
  }

  /**
   * Publishes at QoS 1 on this store's {@code kind} topic; the future carries the PUBACK. Events
   * are signed with the store's message key (MQTT 5 user properties {@code rebound-signature},
   * {@code rebound-key-id}) when one is installed.
   */
  public CompletableFuture<Mqtt5PublishResult> publish(
      TopicKind kind, byte[] payload, boolean retain) {
    Mqtt5UserPropertiesBuilder properties = Mqtt5UserProperties.builder();
    if (kind == TopicKind.EVENTS) {
      messageKey.signatureOf(payload).forEach(properties::add);
    }
    return client
        .publishWith()
        .topic(StoreTopic.of(storeId, kind).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .retain(retain)
        .userProperties(properties.build())
        .payload(payload)
        .send();
  }

  /**
   * Publishes an MQTT 5 request at QoS 1 on this store's {@code requests} topic, with response
   * topic {@code …/responses}, {@code correlationData} and {@code contentType}; the future carries
   * the PUBACK. Answers arrive as {@link ResponseMessage} events.
   */
  public CompletableFuture<Mqtt5PublishResult> request(
      byte[] payload, String contentType, byte[] correlationData) {
    return client
        .publishWith()
        .topic(StoreTopic.of(storeId, TopicKind.REQUESTS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .responseTopic(StoreTopic.of(storeId, TopicKind.RESPONSES).name())
        .correlationData(correlationData)
        .contentType(contentType)
        .payload(payload)
        .send();
  }

  /**
   * Disconnects cleanly (the broker then does not send the will) and stops reconnecting. Waits at
   * most {@code timeout}. Publish a final status before calling this.
   */
  public void close(Duration timeout) {
    boolean wasConnected = state.current() == ConnectionState.CONNECTED;
    moveTo(ConnectionState.CLOSED);
    if (!wasConnected) {
      return; // reconnect attempts stop in onDisconnected once the state is CLOSED
    }
    try {
      client.disconnect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      LOG.info("disconnected from the MQTT broker");
    } catch (java.util.concurrent.ExecutionException e) {
      LOG.warnf("clean MQTT disconnect failed: %s", e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      LOG.warnf("clean MQTT disconnect did not finish within %s", timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void onConnected() {
    if (state.current() == ConnectionState.CLOSED) {
      client.disconnect(); // a reconnect attempt that was already under way when we closed
      return;
    }
    for (TopicKind kind :
        new TopicKind[] {TopicKind.ACKS, TopicKind.COMMANDS, TopicKind.RESPONSES}) {
      subscribe(StoreTopic.of(storeId, kind).name(), MqttQos.AT_LEAST_ONCE);
    }
    subscribe(CentralTopic.filterAllInstances(), MqttQos.AT_MOST_ONCE);
    refusalLogged.set(false);
    connections.incrementAndGet();
    flapBackoff.connected(clock.instant());
    moveTo(ConnectionState.CONNECTED);
  }

  private void subscribe(String filter, MqttQos qos) {
    client
        .subscribeWith()
        .topicFilter(filter)
        .qos(qos)
        .send()
        .whenComplete(
            (subAck, error) -> {
              if (error instanceof Mqtt5SubAckException refused) {
                SubAckCheck.logRefusals(filter, refused.getMqttMessage());
              } else if (error != null) {
                LOG.warnf("subscribing %s failed: %s", filter, error.toString());
              } else {
                SubAckCheck.logRefusals(filter, subAck);
              }
            });
  }

  private void onDisconnected(MqttClientDisconnectedContext context) {
    if (context.getSource() == MqttDisconnectSource.USER) {
      return;
    }
    if (state.current() == ConnectionState.CLOSED) {
      // disconnect() cannot stop a client that is between reconnect attempts: stop it here
      context.getReconnector().reconnect(false);
      return;
    }
    boolean reconnecting = context.getReconnector().isReconnect();
    if (reconnecting && context instanceof Mqtt5ClientDisconnectedContext mqtt5) {
      mqtt5.getReconnector().connect(connectMessage());
    }
    Optional<Duration> flapDelay = flapBackoff.disconnected(clock.instant());
    if (reconnecting && flapDelay.isPresent()) {
      context.getReconnector().delay(flapDelay.get().toMillis(), TimeUnit.MILLISECONDS);
    }
    ConnectionState before = state.current();
    Optional<Mqtt5ConnAckReasonCode> refused = MqttCredentials.refusal(context.getCause());
    if (refused.isPresent() && reconnecting) {
      moveTo(ConnectionState.REFUSED);
      if (refusalLogged.compareAndSet(false, true)) {
        LOG.errorf(
            "the MQTT broker refused user '%s' (CONNACK %s): check rebound.mqtt.username and the"
                + " password; retrying with backoff (up to %s)",
            EdgeConfig.Mqtt.usernameFor(config.mqtt(), storeId),
            refused.get(),
            config.mqtt().reconnectMaxDelay());
      }
      return;
    }
    moveTo(reconnecting ? ConnectionState.CONNECTING : ConnectionState.DISCONNECTED);
    String cause = context.getCause() == null ? "unknown" : context.getCause().toString();
    long delayMs = context.getReconnector().getDelay(TimeUnit.MILLISECONDS);
    if (before == ConnectionState.CONNECTED) {
      LOG.warnf("lost the MQTT connection (%s); reconnecting in %d ms", cause, delayMs);
    } else {
      LOG.debugf(
          "connect attempt %d failed (%s); next in %d ms",
          (Object) context.getReconnector().getAttempts(), cause, delayMs);
    }
  }

  private void onPublish(Mqtt5Publish publish) {
    try {
      String name = publish.getTopic().toString();
      if (CentralTopic.matchesRoot(name)) {
        central.fire(
            new CentralMessage(
                CentralTopic.parse(name), publish.getPayloadAsBytes(), publish.isRetain()));
        return;
      }
      StoreTopic topic = StoreTopic.parse(publish.getTopic().toString());
      if (!topic.storeId().equals(storeId)) {
        LOG.warnf("ignoring a message for another store on %s", topic);
        return;
      }
      if (topic.kind() == TopicKind.RESPONSES) {
        responses.fire(
            new ResponseMessage(
                publish.getCorrelationData().map(MqttConnection::bytes),
                publish.getContentType().map(Object::toString),
                publish.getPayloadAsBytes()));
        return;
      }
      inbound.fire(new InboundMessage(topic, publish.getPayloadAsBytes()));
    } catch (RuntimeException e) {
      LOG.warnf("ignoring a message on %s: %s", publish.getTopic(), e.getMessage());
    }
  }

  private static byte[] bytes(java.nio.ByteBuffer buffer) {
    byte[] copy = new byte[buffer.remaining()];
    buffer.duplicate().get(copy);
    return copy;
  }

  private Mqtt5Connect connectMessage() {
    EdgeConfig.Mqtt mqtt = config.mqtt();
    return MqttCredentials.withAuth(Mqtt5Connect.builder(), mqtt, storeId.value(), password)
        .cleanStart(false)
        .sessionExpiryInterval(Math.min(mqtt.sessionExpiry().toSeconds(), 0xFFFF_FFFFL))
        .willPublish(willMessage())
        .build();
  }

  /**
   * The last will: retained OFFLINE status. It is fixed when a connect attempt starts, so it cannot
   * know the backlog at the time of the loss: depth and age are reported as 0 (unknown).
   */
  private Mqtt5WillPublish willMessage() {
    var now = clock.instant();
    StoreStatus offline =
        new StoreStatus(
            storeId,
            io.rebound.protocols.envelope.ConnectionState.OFFLINE,
            now,
            now,
            config.agentVersion(),
            0,
            0);
    return Mqtt5WillPublish.builder()
        .topic(StoreTopic.of(storeId, TopicKind.STATUS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .retain(true)
        .payload(ProtocolJson.toBytes(offline))
        .build();
  }

  private void moveTo(ConnectionState next) {
    try {
      state.moveTo(next).ifPresent(changes::fire);
    } catch (RuntimeException e) {
      // never let a bug escape into the MQTT client's threads: it would break the client
      LOG.errorf(e, "MQTT connection state change to %s failed", next);
    }
  }
}
