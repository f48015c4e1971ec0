package io.rebound.central.testing;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.requests.RequestContentTypes;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays an edge agent's MQTT 5 requester: publishes requests on {@code …/requests} with response
 * topic and correlation data, and collects central's answers on {@code …/responses} by correlation.
 */
public final class FakeRequester implements AutoCloseable {
  private final StoreId store;
  private final Mqtt5BlockingClient client;
  private final Map<String, Mqtt5Publish> answers = new ConcurrentHashMap<>();

  public FakeRequester(StoreId store) {
    this.store = store;
    this.client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("requester-" + store + "-" + UUID.randomUUID())
            .serverHost(TestBroker.host())
            .serverPort(TestBroker.port())
            .buildBlocking();
    client.connect();
    client
        .toAsync()
        .subscribeWith()
        .topicFilter(StoreTopic.of(store, TopicKind.RESPONSES).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .callback(p -> p.getCorrelationData().ifPresent(c -> answers.put(text(c), p)))
        .send()
        .join();
  }

  public StoreId store() {
    return store;
  }

  /** Publishes {@code message} as {@code kind}; returns the correlation id to wait for. */
  public String request(MessageKind kind, Object message) {
    return requestRaw(
        kind, ProtocolJson.toBytes(message), StoreTopic.of(store, TopicKind.RESPONSES).name());
  }

  /** Publishes raw bytes with any response topic (for the checks central makes). */
  public String requestRaw(MessageKind kind, byte[] payload, String responseTopic) {
    String correlation = UUID.randomUUID().toString();
    client
        .publishWith()
        .topic(StoreTopic.of(store, TopicKind.REQUESTS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .contentType(RequestContentTypes.of(kind))
        .responseTopic(responseTopic)
        .correlationData(correlation.getBytes(StandardCharsets.UTF_8))
        .payload(payload)
        .send();
    return correlation;
  }

  /** The answer to {@code correlation}, decoded, once it arrived. */
  public <T> Optional<T> answer(String correlation, Class<T> type) {
    return Optional.ofNullable(answers.get(correlation))
        .map(p -> ProtocolJson.decode(p.getPayloadAsBytes(), type));
  }

  /** The content type of the answer to {@code correlation}. */
  public Optional<String> contentType(String correlation) {
    return Optional.ofNullable(answers.get(correlation))
        .flatMap(Mqtt5Publish::getContentType)
        .map(Object::toString);
  }

  public int answerCount() {
    return answers.size();
  }

  static String text(ByteBuffer buffer) {
    return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
  }

  @Override
  public void close() {
    client.disconnect();
  }
}
