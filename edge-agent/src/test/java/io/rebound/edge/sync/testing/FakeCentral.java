package io.rebound.edge.sync.testing;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5WillPublish;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckBatch;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.ids.CentralInstanceId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.CentralTopic;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import io.rebound.testing.MosquittoBroker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A test stand-in for the sync-service: a plain HiveMQ client subscribed to every store's events
 * that records what arrives (in arrival order) and, when auto-ack is on, answers each event with an
 * {@link AckBatch} on the store's acks topic. Like a real central instance it announces its
 * presence: a retained ONLINE {@link CentralStatus} each time it (re)connects (a new {@code
 * since}), then every {@link #HEARTBEAT}, with an OFFLINE last will and OFFLINE on {@link #close};
 * tests can stop the heartbeat, announce OFFLINE or report the payment gateway down. With {@link
 * #persistent} it keeps an MQTT session (clean start false) so the broker queues events for it
 * while it is offline. It also answers the stores' MQTT 5 requests ({@link #requests}).
 */
public final class FakeCentral implements AutoCloseable {
  /** Presence heartbeat interval; the sync tests' central timeout is several of these. */
  public static final Duration HEARTBEAT = Duration.ofMillis(250);

  /** One received message: the decoded envelope and the exact bytes. */
  public record Received(EventEnvelope envelope, byte[] bytes) {}

  private final Mqtt5AsyncClient client;
  private final boolean persistent;
  private final CentralInstanceId instanceId;
  private final List<Received> received = new ArrayList<>();
  private final ScheduledExecutorService heartbeat;
  private volatile boolean autoAck;
  private volatile boolean beating = true;
  private volatile GatewayHealth gateway = GatewayHealth.HEALTHY;
  private volatile Instant sessionSince;
  private final byte[] willPayload;
  private final FakeCentralRequests requests;

  private FakeCentral(String host, int port, String clientId, boolean persistent, boolean autoAck) {
    this.persistent = persistent;
    this.autoAck = autoAck;
    this.instanceId = CentralInstanceId.of(clientId);
    Instant now = Instant.now();
    this.client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier(clientId)
            .serverHost(host)
            .serverPort(port)
            .automaticReconnect()
            .initialDelay(100, TimeUnit.MILLISECONDS)
            .maxDelay(500, TimeUnit.MILLISECONDS)
            .applyAutomaticReconnect()
            .addConnectedListener(ctx -> onConnected())
            .buildAsync();
    this.requests = new FakeCentralRequests(client);
    client.publishes(
        MqttGlobalPublishFilter.ALL,
        p -> {
          if (p.getTopic().toString().endsWith("/" + TopicKind.REQUESTS.level())) {
            requests.onRequest(p);
          } else {
            onEvent(p.getPayloadAsBytes());
          }
        });
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "fake-central-heartbeat");
              t.setDaemon(true);
              return t;
            });
    heartbeat.scheduleAtFixedRate(
        this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    this.willPayload = ProtocolJson.toBytes(status(ConnectionState.OFFLINE, now, now));
  }

  /** A connected central with a throw-away session. */
  public static FakeCentral start(MosquittoBroker broker, boolean autoAck) {
    return start(broker.host(), broker.port(), autoAck);
  }

  /** A connected central with a throw-away session on the broker at {@code host:port}. */
  public static FakeCentral start(String host, int port, boolean autoAck) {
    return named(host, port, "fake-central-" + UUID.randomUUID(), autoAck);
  }

  /** A connected central with a throw-away session under a chosen client (= instance) id. */
  public static FakeCentral named(String host, int port, String clientId, boolean autoAck) {
    FakeCentral central = new FakeCentral(host, port, clientId, false, autoAck);
    central.connect();
    return central;
  }

  /** A connected central with a persistent session under {@code clientId}. */
  public static FakeCentral persistent(MosquittoBroker broker, String clientId, boolean autoAck) {
    FakeCentral central = new FakeCentral(broker.host(), broker.port(), clientId, true, autoAck);
    central.connect();
    return central;
  }

  private void connect() {
    client
        .connectWith()
        .cleanStart(!persistent)
        .sessionExpiryInterval(persistent ? 3600 : 0)
        .willPublish(
            Mqtt5WillPublish.builder()
                .topic(CentralTopic.of(instanceId).name())
                .qos(MqttQos.AT_LEAST_ONCE)
                .retain(true)
                .payload(willPayload)
                .build())
        .send()
        .join();
  }

  /** Subscribes, then (like central after its SUBACK) announces a new session. */
  private void onConnected() {
    client
        .subscribeWith()
        .addSubscription()
        .topicFilter(StoreTopic.filterAllStores(TopicKind.EVENTS))
        .qos(MqttQos.AT_LEAST_ONCE)
        .applySubscription()
        .addSubscription()
        .topicFilter(StoreTopic.filterAllStores(TopicKind.REQUESTS))
        .qos(MqttQos.AT_LEAST_ONCE)
        .applySubscription()
        .send()
        .thenRun(
            () -> {
              sessionSince = Instant.now();
              beat();
            });
  }

  /** Its answers to the stores' MQTT 5 requests (refund authorizations, credit blocks). */
  public FakeCentralRequests requests() {
    return requests;
  }

  public CentralInstanceId instanceId() {
    return instanceId;
  }

  public void autoAck(boolean on) {
    this.autoAck = on;
  }

  /** Stops (false) or resumes (true) the presence heartbeat; resuming sends one at once. */
  public void heartbeats(boolean on) {
    beating = on;
    if (on) {
      heartbeat.execute(this::beat);
    }
  }

  /** Reports the payment gateway's health, at once and in every further heartbeat. */
  public void paymentGateway(GatewayHealth health) {
    gateway = health;
    heartbeat.execute(this::beat);
  }

  /** Stops the heartbeat and publishes a retained OFFLINE, as central does on shutdown. */
  public void announceOffline() {
    beating = false;
    Instant now = Instant.now();
    presence(status(ConnectionState.OFFLINE, now, now)).join();
  }

  private void beat() {
    Instant since = sessionSince;
    if (beating && since != null && client.getState().isConnected()) {
      presence(status(ConnectionState.ONLINE, since, Instant.now()));
    }
  }

  private CentralStatus status(ConnectionState state, Instant since, Instant now) {
    return CentralStatus.of(instanceId, state, since.isAfter(now) ? now : since, now, gateway);
  }

  private CompletableFuture<?> presence(CentralStatus status) {
    return client
        .publishWith()
        .topic(CentralTopic.of(instanceId).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .retain(true)
        .payload(ProtocolJson.toBytes(status))
        .send();
  }

  private void onEvent(byte[] bytes) {
    EventEnvelope envelope;
    try {
      envelope = ProtocolJson.decode(bytes, EventEnvelope.class);
    } catch (RuntimeException e) {
      return; // not an event (a test's raw message): ignore, never throw into the client
    }
    synchronized (received) {
      received.add(new Received(envelope, bytes));
    }
    if (autoAck) {
      sendAck(envelope.storeId(), List.of(envelope), AckOutcome.STORED);
    }
  }

  /** Publishes one AckBatch naming {@code events} and waits for its PUBACK. */
  public void ack(StoreId store, List<EventEnvelope> events, AckOutcome outcome) {
    sendAck(store, events, outcome).join();
  }

  /**
   * Never blocks: it runs inside the client's callback, and HiveMQ clients of one JVM share their
   * callback threads (blocking there would stall the agent's own client too).
   */
  private CompletableFuture<?> sendAck(
      StoreId store, List<EventEnvelope> events, AckOutcome outcome) {
    List<Ack> acks = new ArrayList<>();
    for (EventEnvelope e : events) {
      acks.add(new Ack(e.eventId(), e.sequence(), outcome, null));
    }
    return send(store, ProtocolJson.toBytes(new AckBatch(store, Instant.now(), acks)));
  }

  /** Publishes a raw payload on {@code store}'s acks topic and waits for its PUBACK. */
  public void publishRaw(StoreId store, byte[] payload) {
    send(store, payload).join();
  }

  private CompletableFuture<?> send(StoreId store, byte[] payload) {
    return client
        .publishWith()
        .topic(StoreTopic.of(store, TopicKind.ACKS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(payload)
        .send();
  }

  /** Everything received so far, in arrival order (redeliveries included). */
  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /**
   * Disconnects cleanly without announcing OFFLINE (its last retained ONLINE stays, and goes stale
   * as heartbeats stop), keeping a persistent session on the broker.
   */
  public void disconnect() {
    beating = false;
    heartbeat.shutdownNow();
    client.disconnect().join();
  }

  /** Announces OFFLINE (if connected) and disconnects. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    if (client.getState().isConnected()) {
      try {
        Instant now = Instant.now();
        presence(status(ConnectionState.OFFLINE, now, now)).get(2, TimeUnit.SECONDS);
      } catch (Exception e) {
        // best effort: the broker may be gone
      }
    }
    if (client.getState().isConnectedOrReconnect()) {
      client.disconnect();
    }
  }
}
