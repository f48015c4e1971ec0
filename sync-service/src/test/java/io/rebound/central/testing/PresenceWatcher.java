package io.rebound.central.testing;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.CentralTopic;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Plays an edge agent listening to central presence: records every CentralStatus received. */
public final class PresenceWatcher implements AutoCloseable {
  /** One received status and whether the broker delivered it as a retained message. */
  public record Seen(CentralStatus status, boolean retained) {}

  private final Mqtt5AsyncClient client;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  public PresenceWatcher() {
    client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("presence-watcher-" + UUID.randomUUID())
            .serverHost(TestBroker.host())
            .serverPort(TestBroker.port())
            .buildAsync();
    client.connect().join();
    client
        .subscribeWith()
        .topicFilter(CentralTopic.filterAllInstances())
        .qos(MqttQos.AT_LEAST_ONCE)
        .callback(
            p ->
                seen.add(
                    new Seen(
                        ProtocolJson.decode(p.getPayloadAsBytes(), CentralStatus.class),
                        p.isRetain())))
        .send()
        .join();
  }

  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** Statuses of {@code instanceId}, in arrival order. */
  public List<CentralStatus> of(String instanceId) {
    return seen.stream()
        .map(Seen::status)
        .filter(s -> s.instanceId().value().equals(instanceId))
        .toList();
  }

  @Override
  public void close() {
    client.disconnect();
  }
}
