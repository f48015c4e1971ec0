package io.rebound.edge.commands;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.rebound.protocols.commands.StoreCommand;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import io.rebound.testing.MosquittoBroker;
import java.util.UUID;

/** Plays central's command side in edge tests: publishes commands at QoS 1 on …/commands. */
final class CentralCommands implements AutoCloseable {
  private final Mqtt5AsyncClient client;

  private CentralCommands(Mqtt5AsyncClient client) {
    this.client = client;
  }

  static CentralCommands connect(MosquittoBroker broker) {
    Mqtt5AsyncClient client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("test-central-commands-" + UUID.randomUUID())
            .serverHost(broker.host())
            .serverPort(broker.port())
            .buildAsync();
    client.connect().join();
    return new CentralCommands(client);
  }

  void send(StoreCommand command) {
    send(command.storeId(), ProtocolJson.toBytes(command));
  }

  void send(StoreId store, byte[] payload) {
    client
        .publishWith()
        .topic(StoreTopic.of(store, TopicKind.COMMANDS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(payload)
        .send()
        .join();
  }

  @Override
  public void close() {
    client.disconnect().join();
  }
}
