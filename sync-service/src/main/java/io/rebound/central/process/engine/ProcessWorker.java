package io.rebound.central.process.engine;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.config.ProcessConfig;
import io.rebound.central.ingest.WorkerState;
import io.rebound.central.lifecycle.StateHolder;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.central.process.client.CircuitWatch;
import io.rebound.central.process.model.StepKind.ExternalSystem;
import io.rebound.central.process.store.StepClaims;
import io.rebound.central.process.store.StepRecorder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs the process: {@code rebound.process.workers} threads per external system (payment, ERP),
 * each a {@link ProcessLane}. Claims are made as this instance (its MQTT client id).
 */
@Singleton
public class ProcessWorker {
  private final ProcessConfig config;
  private final StepClaims claims;
  private final StepRecorder recorder;
  private final StepExecutor executor;
  private final CircuitWatch circuits;
  private final ProcessMetrics metrics;
  private final String instance;
  private final StateHolder<WorkerState> state = new StateHolder<>("process", WorkerState.NEW);
  private final List<Thread> threads = new ArrayList<>();

  @Inject
  public ProcessWorker(
      CentralConfig config,
      StepClaims claims,
      StepRecorder recorder,
      StepExecutor executor,
      CircuitWatch circuits,
      ProcessMetrics metrics,
      MqttConnection mqtt) {
    this.config = config.process();
    this.claims = claims;
    this.recorder = recorder;
    this.executor = executor;
    this.circuits = circuits;
    this.metrics = metrics;
    this.instance = mqtt.clientId();
  }

  public void start() {
    state.moveTo(WorkerState.RUNNING);
    circuits.start();
    for (ExternalSystem system : ExternalSystem.values()) {
      for (int i = 0; i < config.workers(); i++) {
        ProcessLane lane = lane(system, instance);
        Thread t =
            new Thread(lane::run, "rebound-process-" + system.name().toLowerCase() + "-" + i);
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
    }
  }

  /**
   * A lane that claims as {@code claimer}: the application's own lanes use this instance's id;
   * tests start extra lanes to play further instances.
   */
  public ProcessLane lane(ExternalSystem system, String claimer) {
    StepPolicy policy =
        new StepPolicy(
            config.maxAttempts(),
            new StepBackoff(
                config.backoffInitial(),
                config.backoffMax(),
                n -> ThreadLocalRandom.current().nextLong(n)));
    return new ProcessLane(
        system,
        claimer,
        config,
        claims,
        recorder,
        executor,
        circuits,
        metrics,
        policy,
        Clock.systemUTC(),
        () -> state.is(WorkerState.RUNNING));
  }

  public WorkerState state() {
    return state.get();
  }

  /** Stops after each lane's current attempt (an unfinished claim expires after its lease). */
  public void stop() {
    if (state.is(WorkerState.NEW)) {
      state.moveTo(WorkerState.STOPPED);
      return;
    }
    if (state.is(WorkerState.STOPPED)) {
      return;
    }
    state.moveTo(WorkerState.STOPPING);
    for (Thread t : threads) {
      t.interrupt();
    }
    for (Thread t : threads) {
      try {
        t.join(Duration.ofSeconds(15).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    state.moveTo(WorkerState.STOPPED);
  }
}
