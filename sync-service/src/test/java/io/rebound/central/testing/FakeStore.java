package io.rebound.central.testing;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserProperties;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckBatch;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.security.MessageKey;
import io.rebound.protocols.security.MessageSignature;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Plays an edge agent over real MQTT: publishes events/statuses and collects central's acks. */
public final class FakeStore implements AutoCloseable {
  private final StoreId store;
  private final Mqtt5BlockingClient client;
  private final List<AckBatch> ackBatches = new CopyOnWriteArrayList<>();

  public FakeStore(StoreId store, String host, int port) {
    this(store, host, port, null);
  }

  /** A store logged in as user {@code store} with {@code password} (null: anonymous). */
  public FakeStore(StoreId store, String host, int port, String password) {
    this(store, host, port, store.value(), password);
  }

  /** Plays {@code store} logged in as {@code username} (null password: anonymous). */
  public FakeStore(StoreId store, String host, int port, String username, String password) {
    this.store = store;
    this.client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("fake-" + store + "-" + UUID.randomUUID())
            .serverHost(host)
            .serverPort(port)
            .buildBlocking();
    if (password == null) {
      client.connect();
    } else {
      client
          .connectWith()
          .simpleAuth()
          .username(username)
          .password(password.getBytes(StandardCharsets.UTF_8))
          .applySimpleAuth()
          .send();
    }
    client
        .toAsync()
        .subscribeWith()
        .topicFilter(StoreTopic.of(store, TopicKind.ACKS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .callback(p -> ackBatches.add(ProtocolJson.decode(p.getPayloadAsBytes(), AckBatch.class)))
        .send()
        .join();
  }

  public StoreId store() {
    return store;
  }

  public void publish(EventEnvelope event) {
    publishRaw(StoreTopic.of(store, TopicKind.EVENTS).name(), ProtocolJson.toBytes(event));
  }

  public void publishRaw(String topic, byte[] payload) {
    client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
  }

  /** Publishes {@code payload} on this store's events topic with MQTT 5 user properties. */
  public void publishWithProperties(byte[] payload, java.util.Map<String, String> properties) {
    var builder = Mqtt5UserProperties.builder();
    properties.forEach(builder::add);
    client
        .publishWith()
        .topic(StoreTopic.of(store, TopicKind.EVENTS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .userProperties(builder.build())
        .payload(payload)
        .send();
  }

  /** Publishes {@code event} signed with {@code key}, as the agent does. */
  public void publishSigned(EventEnvelope event, MessageKey key) {
    byte[] payload = ProtocolJson.toBytes(event);
    publishWithProperties(
        payload,
        java.util.Map.of(
            MessageSignature.SIGNATURE_PROPERTY,
            MessageSignature.sign(key, payload),
            MessageSignature.KEY_ID_PROPERTY,
            key.keyId()));
  }

  public void publishRaw(String topic, String payload) {
    publishRaw(topic, payload.getBytes(StandardCharsets.UTF_8));
  }

  public void publishStatus(StoreStatus status) {
    client
        .publishWith()
        .topic(StoreTopic.of(store, TopicKind.STATUS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .retain(true)
        .payload(ProtocolJson.toBytes(status))
        .send();
  }

  public List<Ack> acks() {
    return ackBatches.stream().flatMap(b -> b.acks().stream()).toList();
  }

  public List<AckBatch> ackBatches() {
    return List.copyOf(ackBatches);
  }

  public List<Ack> acksFor(EventId eventId) {
    return acks().stream().filter(a -> a.eventId().equals(eventId)).toList();
  }

  public Optional<Ack> lastAckFor(EventId eventId) {
    List<Ack> acks = acksFor(eventId);
    return acks.isEmpty() ? Optional.empty() : Optional.of(acks.get(acks.size() - 1));
  }

  @Override
  public void close() {
    if (client.getState().isConnected()) {
      client.disconnect();
    }
  }
}
