package io.rebound.central.process.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rebound.central.db.Database;
import io.rebound.central.process.model.AttemptOutcome;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepState;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Process meters, registered up front: {@code rebound_process_steps{state}} (all instances' steps,
 * refreshed by the worker), {@code rebound_process_attempts_total{outcome}} (this instance's
 * attempts) and {@code rebound_process_dead_letters_total{step}} (steps this instance
 * dead-lettered).
 */
@Singleton
public class ProcessMetrics {
  private final Database database;
  private final Map<StepState, AtomicLong> steps = new EnumMap<>(StepState.class);
  private final Map<AttemptOutcome, Counter> attempts = new EnumMap<>(AttemptOutcome.class);
  private final Map<StepKind, Counter> deadLetters = new EnumMap<>(StepKind.class);

  @Inject
  public ProcessMetrics(MeterRegistry registry, Database database) {
    this.database = database;
    for (StepState state : StepState.values()) {
      AtomicLong value = new AtomicLong();
      steps.put(state, value);
      Gauge.builder("rebound.process.steps", value, AtomicLong::get)
          .description("Process steps by state (refunds and ERP postings of all instances)")
          .tag("state", state.name())
          .register(registry);
    }
    for (AttemptOutcome outcome : AttemptOutcome.values()) {
      attempts.put(
          outcome,
          Counter.builder("rebound.process.attempts")
              .description("Step attempts made by this instance, by outcome")
              .tag("outcome", outcome.name())
              .register(registry));
    }
    for (StepKind kind : StepKind.values()) {
      deadLetters.put(
          kind,
          Counter.builder("rebound.process.dead_letters")
              .description("Steps this instance dead-lettered, by step")
              .tag("step", kind.name())
              .register(registry));
    }
  }

  void attempted(AttemptOutcome outcome) {
    attempts.get(outcome).increment();
  }

  void deadLettered(StepKind kind) {
    deadLetters.get(kind).increment();
  }

  /** Re-reads the step counts by state. */
  void refresh() {
    Map<StepState, Long> counts =
        database.read(
            c -> {
              Map<StepState, Long> found = new EnumMap<>(StepState.class);
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT state, count(*) FROM process_steps GROUP BY state");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  found.put(StepState.valueOf(rs.getString(1)), rs.getLong(2));
                }
              }
              return found;
            });
    steps.forEach((state, value) -> value.set(counts.getOrDefault(state, 0L)));
  }
}
