package io.rebound.edge.upstream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.protocols.returns.UpstreamMode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The agent's current view of upstream: {@link UpstreamMode#ONLINE} while the MQTT connection to
 * the broker is up, {@link UpstreamMode#OFFLINE} otherwise. The accept path stamps each return with
 * {@link #mode()}; {@link ConnectionChanged} events of the MQTT connection drive it.
 */
@ApplicationScoped
public class UpstreamStatus {
  private static final Logger LOG = Logger.getLogger(UpstreamStatus.class);

  /** Mode plus the instant it was entered, swapped atomically. */
  public record Snapshot(UpstreamMode mode, Instant since) {}

  private final Clock clock;
  private final AtomicReference<Snapshot> current;
  private final Map<UpstreamMode, Counter> transitions = new EnumMap<>(UpstreamMode.class);

  @Inject
  public UpstreamStatus(MeterRegistry registry) {
    this(registry, Clock.systemUTC());
  }

  UpstreamStatus(MeterRegistry registry, Clock clock) {
    this.clock = clock;
    this.current = new AtomicReference<>(new Snapshot(UpstreamMode.OFFLINE, clock.instant()));
    for (UpstreamMode mode : UpstreamMode.values()) {
      transitions.put(
          mode,
          Counter.builder("rebound.upstream.transitions")
              .description("Changes of the agent's upstream mode, by the mode entered")
              .tag("to", mode.name())
              .register(registry));
    }
    Gauge.builder("rebound.upstream.mode", this, s -> s.mode().ordinal())
        .description("Current upstream mode: 0=ONLINE, 1=PAYMENT_DEGRADED, 2=OFFLINE")
        .register(registry);
  }

  /** The current mode; cheap, lock-free. */
  public UpstreamMode mode() {
    return current.get().mode();
  }

  /** When the current mode was entered. */
  public Instant since() {
    return current.get().since();
  }

  /** Mode and since read together, consistently. */
  public Snapshot snapshot() {
    return current.get();
  }

  /** Runs before other observers of the change, so they already see the new mode. */
  void onConnectionChanged(
      @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ConnectionChanged change) {
    changeTo(change.connected() ? UpstreamMode.ONLINE : UpstreamMode.OFFLINE);
  }

  /** Enters {@code mode}; a no-op when already in it. Returns whether the mode changed. */
  boolean changeTo(UpstreamMode mode) {
    Snapshot next = new Snapshot(mode, clock.instant());
    Snapshot prev = current.getAndUpdate(s -> s.mode() == mode ? s : next);
    if (prev.mode() == mode) {
      return false;
    }
    transitions.get(mode).increment();
    LOG.infof(
        "upstream mode %s -> %s (was %s since %s)", prev.mode(), mode, prev.mode(), prev.since());
    return true;
  }
}
