package io.rebound.central.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rebound.central.exceptions.ExceptionKind;
import io.rebound.central.exceptions.ExceptionView;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/**
 * Ingest meters, registered up front so they read 0 before the first event: {@code
 * rebound_ingest_events_total{outcome}}, {@code rebound_ingest_batch_size}, {@code
 * rebound_dead_letters_total} (new dead-letter rows), {@code rebound_exceptions_total{kind}}
 * (exception records raised) and {@code rebound_ingest_queue_depth}.
 */
@Singleton
public class IngestMetrics {
  private final Counter stored;
  private final Counter duplicate;
  private final Counter deadLettered;
  private final Counter deadLetters;
  private final DistributionSummary batchSize;
  private final Map<ExceptionKind, Counter> exceptions = new EnumMap<>(ExceptionKind.class);

  @Inject
  public IngestMetrics(MeterRegistry registry, IngestQueue queue) {
    stored = outcome(registry, "stored");
    duplicate = outcome(registry, "duplicate");
    deadLettered = outcome(registry, "dead_lettered");
    deadLetters =
        Counter.builder("rebound.dead_letters")
            .description("Dead-letter rows created (redeliveries of a poison message not counted)")
            .register(registry);
    batchSize =
        DistributionSummary.builder("rebound.ingest.batch.size")
            .description("Messages committed per ingest transaction")
            .register(registry);
    for (ExceptionKind kind : ExceptionKind.values()) {
      exceptions.put(
          kind,
          Counter.builder("rebound.exceptions")
              .description("Exception records raised, by kind (e.g. cross-store duplicate returns)")
              .tag("kind", kind.name())
              .register(registry));
    }
    Gauge.builder("rebound.ingest.queue.depth", queue, IngestQueue::depth)
        .description("Messages received from MQTT and waiting for the ingest worker")
        .register(registry);
  }

  private static Counter outcome(MeterRegistry registry, String outcome) {
    return Counter.builder("rebound.ingest.events")
        .description("Events ingested, by outcome (duplicate = dedupe hit)")
        .tag("outcome", outcome)
        .register(registry);
  }

  void record(int messages, BatchResult result) {
    batchSize.record(messages);
    stored.increment(result.stored());
    duplicate.increment(result.duplicates());
    deadLettered.increment(result.deadLettered());
    deadLetters.increment(result.newDeadLetters());
    for (ExceptionView raised : result.raised()) {
      exceptions.get(raised.kind()).increment();
    }
  }
}
