package io.rebound.central.acks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.protocols.envelope.AckBatch;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes one {@link AckBatch} per store (QoS 1, {@code rebound/v1/stores/<id>/acks}) for the
 * events of a committed batch. Called only after the database commit; a lost ack is harmless (the
 * edge resends, central answers DUPLICATE).
 */
@Singleton
public class AckPublisher {
  private final MqttConnection mqtt;
  private final Clock clock;
  private final Counter published;

  @Inject
  public AckPublisher(MqttConnection mqtt, MeterRegistry registry) {
    this(mqtt, registry, Clock.systemUTC());
  }

  AckPublisher(MqttConnection mqtt, MeterRegistry registry, Clock clock) {
    this.mqtt = mqtt;
    this.clock = clock;
    this.published =
        Counter.builder("rebound.acks.published")
            .description("Application-level acks handed to the MQTT client (one per event)")
            .register(registry);
  }

  /** Groups {@code acks} by store, keeping their order, and hands each batch to the client. */
  public void publish(List<StoreAck> acks) {
    Map<StoreId, List<io.rebound.protocols.envelope.Ack>> byStore = new LinkedHashMap<>();
    for (StoreAck a : acks) {
      byStore.computeIfAbsent(a.storeId(), s -> new ArrayList<>()).add(a.ack());
    }
    byStore.forEach(
        (store, storeAcks) -> {
          AckBatch batch = new AckBatch(store, clock.instant(), storeAcks);
          mqtt.publish(StoreTopic.of(store, TopicKind.ACKS).name(), ProtocolJson.toBytes(batch));
          published.increment(storeAcks.size());
        });
  }
}
