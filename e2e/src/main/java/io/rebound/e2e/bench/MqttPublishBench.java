package io.rebound.e2e.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.rebound.e2e.harness.HarnessException;
import io.rebound.e2e.harness.StoreSimulator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * (d) Raw MQTT 5 QoS 1: one async HiveMQ client publishes 1 KB messages to the broker, a subscriber
 * counts them; the rate is messages received per second.
 */
final class MqttPublishBench {
  private static final String TOPIC = "rebound-bench/raw";

  private MqttPublishBench() {}

  static double run(String host, int port, int messages) {
    AtomicInteger received = new AtomicInteger();
    Mqtt5AsyncClient subscriber =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("bench-subscriber")
            .serverHost(host)
            .serverPort(port)
            .buildAsync();
    try (StoreSimulator publisher = StoreSimulator.connect(host, port, "bench-publisher")) {
      subscriber.connectWith().cleanStart(true).send().get(10, TimeUnit.SECONDS);
      subscriber
          .subscribeWith()
          .topicFilter(TOPIC)
          .qos(MqttQos.AT_LEAST_ONCE)
          .callback(p -> received.incrementAndGet())
          .send()
          .get(10, TimeUnit.SECONDS);
      byte[] payload = new byte[1024];
      long start = System.nanoTime();
      CompletableFuture<?>[] pubacks = new CompletableFuture<?>[messages];
      for (int i = 0; i < messages; i++) {
        pubacks[i] = publisher.publishRaw(TOPIC, payload);
      }
      CompletableFuture.allOf(pubacks).get(5, TimeUnit.MINUTES);
      Awaitility.await("subscriber received all")
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> received.get() >= messages);
      double rate = messages / ((System.nanoTime() - start) / 1e9);
      subscriber.disconnect().get(10, TimeUnit.SECONDS);
      return rate;
    } catch (Exception e) {
      throw new HarnessException("MQTT benchmark failed: " + e, e);
    }
  }
}
