package io.rebound.central.commands;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.rebound.central.testing.TestBroker;
import io.rebound.protocols.commands.CommandType;
import io.rebound.protocols.commands.StoreCommand;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.schema.MessageSchemas;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test subscriber on a store's commands topic (real Mosquitto); checks every command's schema.
 */
final class CommandWatcher implements AutoCloseable {
  private final Mqtt5AsyncClient client;
  private final List<StoreCommand> received = new CopyOnWriteArrayList<>();

  CommandWatcher(StoreId store) {
    client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("command-watcher-" + UUID.randomUUID())
            .serverHost(TestBroker.host())
            .serverPort(TestBroker.port())
            .buildAsync();
    client.connect().join();
    client
        .subscribeWith()
        .topicFilter(StoreTopic.of(store, TopicKind.COMMANDS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .callback(
            p -> {
              byte[] bytes = p.getPayloadAsBytes();
              MessageSchemas.instance()
                  .validate(MessageKind.STORE_COMMAND, ProtocolJson.parseTree(bytes));
              received.add(ProtocolJson.decode(bytes, StoreCommand.class));
            })
        .send()
        .join();
  }

  List<StoreCommand> received(CommandType type) {
    return received.stream().filter(c -> c.type() == type).toList();
  }

  @Override
  public void close() {
    client.disconnect().join();
  }
}
