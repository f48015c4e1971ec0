package io.rebound.central.presence;

import io.rebound.protocols.envelope.GatewayHealth;
import java.time.Instant;

/** CDI event fired (synchronously) when {@link PaymentGatewayHealth} changes. */
public record GatewayHealthChanged(GatewayHealth from, GatewayHealth to, Instant at) {}
