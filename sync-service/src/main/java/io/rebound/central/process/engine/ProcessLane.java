package io.rebound.central.process.engine;

import io.rebound.central.config.ProcessConfig;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.process.client.CircuitWatch;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepKind.ExternalSystem;
import io.rebound.central.process.model.StepState;
import io.rebound.central.process.store.ClaimedStep;
import io.rebound.central.process.store.CreditNoteGate;
import io.rebound.central.process.store.StepClaims;
import io.rebound.central.process.store.StepRecorder;
import io.rebound.central.process.store.StepResult;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One worker loop for one external system: claim due steps (in order), attempt each through the
 * system's client bean, record the result. While the system's circuit is not CLOSED the lane claims
 * a single step per round — the probe; if the breaker refuses it, the step goes back unattempted
 * and the lane waits a poll interval. When the circuit closes again, the steps waiting for a retry
 * are released so the backlog drains in claim order.
 */
public final class ProcessLane {
  private static final Logger LOG = Logger.getLogger(ProcessLane.class);
  private static final long METRICS_EVERY_MILLIS = 2_000;

  private final ExternalSystem system;
  private final String claimer;
  private final ProcessConfig config;
  private final StepClaims claims;
  private final StepRecorder recorder;
  private final StepExecutor executor;
  private final CircuitWatch circuits;
  private final ProcessMetrics metrics;
  private final StepPolicy policy;
  private final Clock clock;
  private final BooleanSupplier running;
  private long metricsAt;

  ProcessLane(
      ExternalSystem system,
      String claimer,
      ProcessConfig config,
      StepClaims claims,
      StepRecorder recorder,
      StepExecutor executor,
      CircuitWatch circuits,
      ProcessMetrics metrics,
      StepPolicy policy,
      Clock clock,
      BooleanSupplier running) {
    this.system = system;
    this.claimer = claimer;
    this.config = config;
    this.claims = claims;
    this.recorder = recorder;
    this.executor = executor;
    this.circuits = circuits;
    this.metrics = metrics;
    this.policy = policy;
    this.clock = clock;
    this.running = running;
  }

  void run() {
    while (running.getAsBoolean()) {
      boolean busy = false;
      try {
        busy = runOnce();
      } catch (SQLException | DatabaseException e) {
        LOG.warnf("process %s: central database unavailable: %s", system, e.getMessage());
      } catch (RuntimeException e) {
        LOG.errorf(e, "process %s: round failed unexpectedly", system);
      }
      if (!busy) {
        try {
          Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** One round; true when it completed work and should go on without pausing. */
  public boolean runOnce() throws SQLException {
    Instant now = clock.instant();
    if (circuits.takeRecovered(system)) {
      int released = recorder.releaseWaiting(system, now);
      LOG.infof("process %s: circuit closed again, %d waiting step(s) due now", system, released);
    }
    refreshMetrics(now);
    boolean held = circuits.state(system) != CircuitBreakerState.CLOSED;
    List<ClaimedStep> claimed =
        claims.claim(system, held ? 1 : config.batchSize(), claimer, config.lease(), now, held);
    for (int i = 0; i < claimed.size(); i++) {
      if (!attempt(claimed.get(i), held)) {
        for (ClaimedStep rest : claimed.subList(i + 1, claimed.size())) {
          recorder.release(rest, claimer, clock.instant());
        }
        return false;
      }
    }
    return !claimed.isEmpty() && !held;
  }

  /** Attempts one step; false when it was held (not attempted). */
  private boolean attempt(ClaimedStep step, boolean probe) throws SQLException {
    MDC.put("returnId", step.returnId().toString());
    MDC.put("storeId", step.storeId().value());
    try {
      Instant started = clock.instant();
      Attempt attempt = executor.execute(step);
      if (attempt instanceof Attempt.Held held) {
        recorder.release(step, claimer, clock.instant());
        LOG.debugf("%s step %d held: %s", step.kind(), step.id(), held.why());
        return false;
      }
      StepResult result =
          policy.result(
              step,
              attempt,
              new StepPolicy.Context(
                  executor.adapterKind(step.kind()),
                  executor.sandbox(step.kind()),
                  started,
                  clock.instant()),
              probe);
      StepRecorder.Completion done = recorder.complete(step, result, claimer);
      if (!done.recorded()) {
        LOG.warnf("%s step %d: claim lost before its result was recorded", step.kind(), step.id());
        return true;
      }
      metrics.attempted(result.outcome());
      if (done.creditNoteHeld()) {
        metrics.deadLettered(StepKind.CREDIT_NOTE);
        LOG.warnf(
            "CREDIT_NOTE of return %s dead-lettered: %s",
            step.returnId(), CreditNoteGate.reason(result.declineCode()));
      }
      if (result.next() == StepState.DEAD_LETTERED) {
        metrics.deadLettered(step.kind());
        LOG.warnf(
            "%s step %d dead-lettered: %s", step.kind(), step.id(), result.deadLetterReason());
      } else {
        LOG.infof(
            "%s step %d attempt %d via %s%s: %s -> %s",
            step.kind(),
            step.id(),
            step.attempts() + 1,
            result.adapterKind(),
            result.sandbox() ? " (SANDBOX)" : "",
            result.outcome(),
            result.next());
      }
      return true;
    } finally {
      MDC.remove("returnId");
      MDC.remove("storeId");
    }
  }

  private void refreshMetrics(Instant now) {
    if (system != ExternalSystem.PAYMENT || now.toEpochMilli() - metricsAt < METRICS_EVERY_MILLIS) {
      return;
    }
    metricsAt = now.toEpochMilli();
    metrics.refresh();
  }
}
