package io.rebound.edge.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counters of the outbox relay and of MQTT publish failures. */
@ApplicationScoped
public class RelayMetrics {
  private final MeterRegistry registry;
  private final Counter published;
  private final Counter acked;
  private final Counter resends;
  private final Map<String, Counter> failures = new ConcurrentHashMap<>();

  public RelayMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.published =
        Counter.builder("rebound.outbox.published")
            .description("Outbox events published to the broker (first sends and resends)")
            .register(registry);
    this.acked =
        Counter.builder("rebound.outbox.acked")
            .description("Outbox rows marked ACKED after central's application-level ack")
            .register(registry);
    this.resends =
        Counter.builder("rebound.outbox.resends")
            .description("Outbox events published again after a reconnect or an ack timeout")
            .register(registry);
  }

  void published() {
    published.increment();
  }

  void resent() {
    resends.increment();
  }

  void acked(int rows) {
    acked.increment(rows);
  }

  /** One failed publish; {@code reason} is a PUBACK reason code name or a failure short name. */
  void publishFailed(String reason) {
    failures
        .computeIfAbsent(
            reason,
            r ->
                Counter.builder("rebound.mqtt.publish.failures")
                    .description("QoS 1 publishes that did not get a successful PUBACK")
                    .tag("reason", r)
                    .register(registry))
        .increment();
  }
}
