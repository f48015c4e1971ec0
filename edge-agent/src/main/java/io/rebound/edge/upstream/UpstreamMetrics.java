package io.rebound.edge.upstream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rebound.protocols.returns.UpstreamMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code rebound_upstream_transitions_total{from,to}} (every pair registered up front, so each
 * reads 0 before it happens) and the gauge {@code rebound_upstream_mode} (0=ONLINE,
 * 1=PAYMENT_DEGRADED, 2=OFFLINE).
 */
final class UpstreamMetrics {
  private final Map<UpstreamMode, Map<UpstreamMode, Counter>> transitions =
      new EnumMap<>(UpstreamMode.class);

  UpstreamMetrics(MeterRegistry registry, UpstreamStatus status) {
    for (UpstreamMode from : UpstreamMode.values()) {
      Map<UpstreamMode, Counter> byTarget = new EnumMap<>(UpstreamMode.class);
      for (UpstreamMode to : UpstreamMode.values()) {
        if (from != to) {
          byTarget.put(
              to,
              Counter.builder("rebound.upstream.transitions")
                  .description("Changes of the agent's upstream mode")
                  .tag("from", from.name())
                  .tag("to", to.name())
                  .register(registry));
        }
      }
      transitions.put(from, byTarget);
    }
    Gauge.builder("rebound.upstream.mode", status, s -> s.mode().ordinal())
        .description("Current upstream mode: 0=ONLINE, 1=PAYMENT_DEGRADED, 2=OFFLINE")
        .register(registry);
  }

  void transition(UpstreamMode from, UpstreamMode to) {
    transitions.get(from).get(to).increment();
  }
}
