package io.rebound.edge.security;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.rebound.testing.MosquittoBroker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** An MQTT client logged in as central's user: sees every store's events, may publish acks. */
final class CentralClient implements AutoCloseable {
  private final Mqtt5BlockingClient client;
  private final List<Mqtt5Publish> events = new CopyOnWriteArrayList<>();

  CentralClient(MosquittoBroker broker) {
    client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("central-test-" + UUID.randomUUID())
            .serverHost(broker.host())
            .serverPort(broker.port())
            .buildBlocking();
    client
        .connectWith()
        .simpleAuth()
        .username(SecuredBroker.CENTRAL_USER)
        .password(
            SecuredBroker.USERS.get(SecuredBroker.CENTRAL_USER).getBytes(StandardCharsets.UTF_8))
        .applySimpleAuth()
        .send();
    client
        .toAsync()
        .subscribeWith()
        .topicFilter("rebound/v1/stores/+/events")
        .qos(MqttQos.AT_LEAST_ONCE)
        .callback(events::add)
        .send()
        .join();
  }

  List<Mqtt5Publish> events() {
    return List.copyOf(events);
  }

  void publish(String topic, byte[] payload) {
    client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
  }

  @Override
  public void close() {
    client.disconnect();
  }
}
