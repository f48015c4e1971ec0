package io.rebound.edge.sync.testing;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckBatch;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import io.rebound.testing.MosquittoBroker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A test stand-in for the sync-service: a plain HiveMQ client subscribed to every store's events
 * that records what arrives (in arrival order) and, when auto-ack is on, answers each event with an
 * {@link AckBatch} on the store's acks topic. With {@link #persistent} it keeps an MQTT session
 * (clean start false) so the broker queues events for it while it is offline.
 */
public final class FakeCentral implements AutoCloseable {
  /** One received message: the decoded envelope and the exact bytes. */
  public record Received(EventEnvelope envelope, byte[] bytes) {}

  private final Mqtt5AsyncClient client;
  private final boolean persistent;
  private final List<Received> received = new ArrayList<>();
  private volatile boolean autoAck;

  private FakeCentral(String host, int port, String clientId, boolean persistent, boolean autoAck) {
    this.persistent = persistent;
    this.autoAck = autoAck;
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
            .addConnectedListener(ctx -> subscribe())
            .buildAsync();
    client.publishes(MqttGlobalPublishFilter.ALL, p -> onEvent(p.getPayloadAsBytes()));
  }

  /** A connected central with a throw-away session. */
  public static FakeCentral start(MosquittoBroker broker, boolean autoAck) {
    return start(broker.host(), broker.port(), autoAck);
  }

  /** A connected central with a throw-away session on the broker at {@code host:port}. */
  public static FakeCentral start(String host, int port, boolean autoAck) {
    FakeCentral central =
        new FakeCentral(host, port, "fake-central-" + UUID.randomUUID(), false, autoAck);
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
        .send()
        .join();
  }

  private void subscribe() {
    client
        .subscribeWith()
        .topicFilter(StoreTopic.filterAllStores(TopicKind.EVENTS))
        .qos(MqttQos.AT_LEAST_ONCE)
        .send();
  }

  public void autoAck(boolean on) {
    this.autoAck = on;
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

  /** Disconnects, keeping a persistent session on the broker. */
  public void disconnect() {
    client.disconnect().join();
  }

  @Override
  public void close() {
    if (client.getState().isConnectedOrReconnect()) {
      client.disconnect();
    }
  }
}
