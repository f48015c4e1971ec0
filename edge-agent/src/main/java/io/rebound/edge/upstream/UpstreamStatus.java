package io.rebound.edge.upstream;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.mqtt.CentralMessage;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.UpstreamMode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The agent's view of upstream, from its MQTT connection ({@link ConnectionChanged}), the retained
 * presence heartbeats of the central instances ({@link CentralMessage}) and the time: see {@link
 * UpstreamAssessment} for the rules. Re-evaluated on every connection change and central report,
 * and on a short tick so that missed heartbeats are noticed within {@code
 * rebound.upstream.central-timeout} plus one tick. Each mode change is logged, counted ({@link
 * UpstreamMetrics}) and fired as {@link UpstreamChanged}; a central instance's new session is fired
 * as {@link CentralRejoined}. The accept path stamps each return with {@link #mode()}.
 */
@ApplicationScoped
public class UpstreamStatus {
  private static final Logger LOG = Logger.getLogger(UpstreamStatus.class);
  private static final Duration MIN_TICK = Duration.ofMillis(50);
  private static final Duration MAX_TICK = Duration.ofSeconds(1);

  /** Mode plus the instant it was entered, swapped atomically. */
  public record Snapshot(UpstreamMode mode, Instant since) {}

  /** One central instance as shown on {@code GET /api/v1/status}. */
  public record Instance(CentralReport report, InstanceState state) {}

  private record State(Snapshot snapshot, UpstreamAssessment assessment) {}

  private final Clock clock;
  private final Duration timeout;
  private final CentralDirectory directory = new CentralDirectory();
  private final UpstreamMetrics metrics;
  private final Consumer<UpstreamChanged> changes;
  private final Consumer<CentralRejoined> rejoins;
  private volatile boolean connected;
  private volatile State current;
  private ScheduledExecutorService ticker;

  @Inject
  public UpstreamStatus(
      MeterRegistry registry,
      Clock clock,
      EdgeConfig config,
      Event<UpstreamChanged> changes,
      Event<CentralRejoined> rejoins) {
    this(registry, clock, config.upstream().centralTimeout(), changes::fire, rejoins::fire);
  }

  UpstreamStatus(
      MeterRegistry registry,
      Clock clock,
      Duration timeout,
      Consumer<UpstreamChanged> changes,
      Consumer<CentralRejoined> rejoins) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "rebound.upstream.central-timeout must be positive: " + timeout);
    }
    this.clock = clock;
    this.timeout = timeout;
    this.changes = changes;
    this.rejoins = rejoins;
    this.current =
        new State(
            new Snapshot(UpstreamMode.OFFLINE, clock.instant()), UpstreamAssessment.UNREACHABLE);
    this.metrics = new UpstreamMetrics(registry, this);
  }

  /** The current mode; cheap, lock-free. */
  public UpstreamMode mode() {
    return current.snapshot().mode();
  }

  /** When the current mode was entered. */
  public Instant since() {
    return current.snapshot().since();
  }

  /** Mode and since read together, consistently. */
  public Snapshot snapshot() {
    return current.snapshot();
  }

  /** The grounds of the current mode (reachability, counted instances, gateway health). */
  public UpstreamAssessment assessment() {
    return current.assessment();
  }

  /** Every central instance heard from since the agent's connection came up, by id. */
  public List<Instance> instances() {
    Instant now = clock.instant();
    return directory.reports().stream().map(r -> new Instance(r, r.stateAt(now, timeout))).toList();
  }

  /** How long central may stay silent before it counts as unreachable. */
  public Duration centralTimeout() {
    return timeout;
  }

  void onStartup(@Observes @Priority(MqttConnection.START_PRIORITY - 1) StartupEvent event) {
    long tick = clamp(timeout.dividedBy(10)).toMillis();
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rebound-upstream-tick");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
  }

  void onShutdown(@Observes ShutdownEvent event) {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }

  /** Runs before other observers of the change, so they already see the new mode. */
  void onConnectionChanged(
      @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ConnectionChanged change) {
    connected = change.connected();
    if (!connected) {
      directory.forget();
    }
    evaluate();
  }

  void onCentralMessage(@Observes CentralMessage message) {
    CentralStatus status;
    try {
      status = ProtocolJson.decode(message.payload(), CentralStatus.class);
    } catch (RuntimeException e) {
      LOG.warnf("ignoring a central status on %s: %s", message.topic(), e.getMessage());
      return;
    }
    if (!status.instanceId().equals(message.topic().instanceId())) {
      LOG.warnf(
          "ignoring a central status of %s published on %s", status.instanceId(), message.topic());
      return;
    }
    report(CentralReport.of(status, message.retained(), clock.instant()));
  }

  /** Records one instance's report and re-evaluates. */
  void report(CentralReport report) {
    boolean rejoined = directory.record(report);
    evaluate();
    if (rejoined) {
      LOG.infof(
          "central instance %s has a new session since %s", report.instanceId(), report.since());
      rejoins.accept(new CentralRejoined(report.instanceId(), report.since(), clock.instant()));
    }
  }

  private void tick() {
    try {
      evaluate();
    } catch (RuntimeException e) {
      LOG.errorf(e, "upstream evaluation failed");
    }
  }

  /** Recomputes the mode now; a change is logged, counted and fired. */
  synchronized void evaluate() {
    Instant now = clock.instant();
    UpstreamAssessment next = UpstreamAssessment.of(connected, directory.reports(), now, timeout);
    State before = current;
    if (next.mode() == before.snapshot().mode()) {
      current = new State(before.snapshot(), next);
      return;
    }
    current = new State(new Snapshot(next.mode(), now), next);
    UpstreamMode from = before.snapshot().mode();
    metrics.transition(from, next.mode());
    LOG.infof(
        "upstream mode %s -> %s (connected=%s, central instances online=%d, payment gateway %s;"
            + " was %s since %s)",
        from,
        next.mode(),
        connected,
        next.onlineInstances(),
        next.paymentGateway(),
        from,
        before.snapshot().since());
    changes.accept(new UpstreamChanged(from, next.mode(), now));
  }

  private static Duration clamp(Duration d) {
    return d.compareTo(MIN_TICK) < 0 ? MIN_TICK : d.compareTo(MAX_TICK) > 0 ? MAX_TICK : d;
  }
}
