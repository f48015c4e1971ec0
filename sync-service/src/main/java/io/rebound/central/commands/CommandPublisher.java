package io.rebound.central.commands;

import io.rebound.central.mqtt.BrokerException;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.protocols.commands.StoreCommand;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Publishes {@link StoreCommand}s at QoS 1 on {@code rebound/v1/stores/{storeId}/commands}. The
 * agent's persistent session queues them at the broker while the store is offline; a command lost
 * anyway (broker restart, central not connected) is sent again when the store next comes online.
 */
@Singleton
public class CommandPublisher {
  private static final Logger LOG = Logger.getLogger(CommandPublisher.class);

  private final MqttConnection mqtt;

  public CommandPublisher(MqttConnection mqtt) {
    this.mqtt = mqtt;
  }

  public void publish(StoreCommand command) {
    String topic = StoreTopic.of(command.storeId(), TopicKind.COMMANDS).name();
    try {
      mqtt.publish(topic, ProtocolJson.toBytes(command));
      LOG.infof(
          "command %s (%s) sent to store %s",
          command.commandId(), command.type(), command.storeId());
    } catch (BrokerException e) {
      LOG.warnf(
          "command %s (%s) for store %s not sent (%s); it is sent again when the store comes online",
          command.commandId(), command.type(), command.storeId(), e.getMessage());
    }
  }
}
