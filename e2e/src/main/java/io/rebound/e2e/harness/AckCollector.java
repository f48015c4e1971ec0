package io.rebound.e2e.harness;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckBatch;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Subscribes to every store's acks topic and records which event ids central acknowledged. */
public final class AckCollector implements AutoCloseable {
  private final Mqtt5AsyncClient client;
  private final Map<String, Ack> acks = new ConcurrentHashMap<>();
  private final AtomicLong unreadable = new AtomicLong();

  private AckCollector(Mqtt5AsyncClient client) {
    this.client = client;
  }

  public static AckCollector subscribe(String host, int port, String clientId) {
    Mqtt5AsyncClient client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier(clientId)
            .serverHost(host)
            .serverPort(port)
            .buildAsync();
    AckCollector collector = new AckCollector(client);
    try {
      client.connectWith().cleanStart(true).send().get(10, TimeUnit.SECONDS);
      client
          .subscribeWith()
          .topicFilter(StoreTopic.filterAllStores(TopicKind.ACKS))
          .qos(MqttQos.AT_LEAST_ONCE)
          .callback(p -> collector.record(p.getPayloadAsBytes()))
          .send()
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new HarnessException("ack collector cannot subscribe on " + host + ":" + port, e);
    }
    return collector;
  }

  private void record(byte[] payload) {
    try {
      AckBatch batch = ProtocolJson.decode(payload, AckBatch.class);
      batch.acks().forEach(a -> acks.put(a.eventId().toString(), a));
    } catch (RuntimeException e) {
      unreadable.incrementAndGet();
    }
  }

  /** Event ids acknowledged so far (any outcome). */
  public Set<String> ackedEventIds() {
    return Set.copyOf(acks.keySet());
  }

  public int ackedCount() {
    return acks.size();
  }

  /** Ack messages that did not decode as an {@link AckBatch}. */
  public long unreadable() {
    return unreadable.get();
  }

  @Override
  public void close() {
    try {
      client.disconnect().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new HarnessException("ack collector disconnect failed", e);
    }
  }
}
