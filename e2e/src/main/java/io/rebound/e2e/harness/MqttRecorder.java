package io.rebound.e2e.harness;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * An MQTT 5 client subscribed to {@code #} that keeps every message it is delivered: topic, payload
 * bytes and user properties (retained ones included), in arrival order.
 */
public final class MqttRecorder implements AutoCloseable {
  /** One delivered message; {@code userProperties} as (name, value) pairs in wire order. */
  public record Recorded(
      String topic, byte[] payload, List<Map.Entry<String, String>> userProperties) {}

  private final Mqtt5AsyncClient client;
  private final ConcurrentLinkedQueue<Recorded> messages = new ConcurrentLinkedQueue<>();

  private MqttRecorder(Mqtt5AsyncClient client) {
    this.client = client;
  }

  /** Connects anonymously to {@code host:port} and subscribes to {@code #} at QoS 1. */
  public static MqttRecorder subscribeAll(String host, int port, String clientId) {
    Mqtt5AsyncClient client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier(clientId)
            .serverHost(host)
            .serverPort(port)
            .automaticReconnectWithDefaultConfig()
            .buildAsync();
    MqttRecorder recorder = new MqttRecorder(client);
    try {
      // a persistent session: what is published while the recorder reconnects is still delivered
      client
          .connectWith()
          .cleanStart(true)
          .sessionExpiryInterval(600)
          .send()
          .get(10, TimeUnit.SECONDS);
      client
          .subscribeWith()
          .topicFilter("#")
          .qos(MqttQos.AT_LEAST_ONCE)
          .callback(recorder::record)
          .send()
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new HarnessException("MQTT recorder cannot subscribe on " + host + ":" + port, e);
    }
    return recorder;
  }

  private void record(Mqtt5Publish publish) {
    List<Map.Entry<String, String>> properties =
        publish.getUserProperties().asList().stream()
            .map(p -> Map.entry(p.getName().toString(), p.getValue().toString()))
            .toList();
    messages.add(
        new Recorded(publish.getTopic().toString(), publish.getPayloadAsBytes(), properties));
  }

  /** Everything delivered so far. */
  public List<Recorded> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void close() {
    try {
      client.disconnect().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new HarnessException("MQTT recorder disconnect failed", e);
    }
  }
}
