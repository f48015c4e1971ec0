package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.CentralInstanceId;
import java.time.Instant;

/**
 * Retained message on {@code rebound/v1/central/instances/{instanceId}/status} (see {@link
 * io.rebound.protocols.topics.CentralTopic}). Each central instance publishes {@code ONLINE} when
 * it connects and then as a heartbeat, registers {@code OFFLINE} as its MQTT last will, and
 * publishes {@code OFFLINE} on a clean shutdown. Edge agents derive their upstream mode from it:
 * central is reachable while some instance reported {@code ONLINE} recently, and the payment path
 * is degraded when every such instance reports the gateway {@link GatewayHealth#DOWN}.
 *
 * <p>{@code since} is when the instance entered {@code state} (for {@code ONLINE}: its current
 * broker session began, so a changed {@code since} tells the edge that the instance reconnected);
 * {@code reportedAt} is when this message was made. Guarantees: every component is set and {@code
 * since} is not after {@code reportedAt}.
 */
public record CentralStatus(
    CentralInstanceId instanceId,
    ConnectionState state,
    Instant since,
    Instant reportedAt,
    GatewayHealth paymentGateway) {
  public CentralStatus {
    Checks.required(instanceId, "instanceId");
    Checks.required(state, "state");
    Checks.required(since, "since");
    Checks.required(reportedAt, "reportedAt");
    Checks.required(paymentGateway, "paymentGateway");
    if (since.isAfter(reportedAt)) {
      throw new InvalidMessageException(
          "since", "not-after-reported-at", "must not be after reportedAt");
    }
  }

  /** A validated status. */
  public static CentralStatus of(
      CentralInstanceId instanceId,
      ConnectionState state,
      Instant since,
      Instant reportedAt,
      GatewayHealth paymentGateway) {
    return new CentralStatus(instanceId, state, since, reportedAt, paymentGateway);
  }

  /** Whether this reports the instance {@code ONLINE}. */
  public boolean online() {
    return state == ConnectionState.ONLINE;
  }
}
