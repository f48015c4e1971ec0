package io.rebound.edge.upstream;

import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The upstream mode and its grounds, computed by {@link #of}, a pure function of the MQTT
 * connection, the central reports and the time:
 *
 * <ul>
 *   <li>central is <em>reachable</em> when the connection is up and at least one instance reported
 *       ONLINE within the central timeout;
 *   <li>{@link UpstreamMode#OFFLINE} when it is not reachable;
 *   <li>{@link UpstreamMode#PAYMENT_DEGRADED} when it is, but every such instance reports the
 *       payment gateway {@link GatewayHealth#DOWN};
 *   <li>{@link UpstreamMode#ONLINE} otherwise ({@code UNKNOWN} health is not taken for down).
 * </ul>
 *
 * {@code paymentGateway} summarises the counted instances: DOWN when all say so, HEALTHY when any
 * says so, UNKNOWN otherwise (and while central is unreachable).
 */
public record UpstreamAssessment(
    UpstreamMode mode, boolean reachable, int onlineInstances, GatewayHealth paymentGateway) {

  /** Before anything is known: offline. */
  public static final UpstreamAssessment UNREACHABLE =
      new UpstreamAssessment(UpstreamMode.OFFLINE, false, 0, GatewayHealth.UNKNOWN);

  public static UpstreamAssessment of(
      boolean connected, Collection<CentralReport> reports, Instant now, Duration timeout) {
    if (!connected) {
      return UNREACHABLE;
    }
    List<CentralReport> counted = reports.stream().filter(r -> r.countsAt(now, timeout)).toList();
    if (counted.isEmpty()) {
      return UNREACHABLE;
    }
    boolean allDown = counted.stream().allMatch(r -> r.paymentGateway() == GatewayHealth.DOWN);
    boolean anyHealthy =
        counted.stream().anyMatch(r -> r.paymentGateway() == GatewayHealth.HEALTHY);
    GatewayHealth gateway =
        allDown ? GatewayHealth.DOWN : anyHealthy ? GatewayHealth.HEALTHY : GatewayHealth.UNKNOWN;
    UpstreamMode mode = allDown ? UpstreamMode.PAYMENT_DEGRADED : UpstreamMode.ONLINE;
    return new UpstreamAssessment(mode, true, counted.size(), gateway);
  }
}
