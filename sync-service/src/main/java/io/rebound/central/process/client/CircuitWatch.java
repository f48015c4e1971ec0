package io.rebound.central.process.client;

import io.rebound.central.presence.PaymentGatewayHealth;
import io.rebound.central.process.model.StepKind.ExternalSystem;
import io.rebound.protocols.envelope.GatewayHealth;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Follows the two circuit breakers. The payment gateway's circuit drives {@link
 * PaymentGatewayHealth}: OPEN → DOWN (every store sees PAYMENT_DEGRADED through central's
 * presence), CLOSED again → HEALTHY. A circuit that closes again marks its system recovered so the
 * worker releases the steps waiting for a retry.
 */
@Singleton
public class CircuitWatch {
  private static final Logger LOG = Logger.getLogger(CircuitWatch.class);

  private final CircuitBreakerMaintenance breakers;
  private final PaymentGatewayHealth health;
  private final Map<ExternalSystem, AtomicBoolean> recovered = new EnumMap<>(ExternalSystem.class);

  @Inject
  public CircuitWatch(CircuitBreakerMaintenance breakers, PaymentGatewayHealth health) {
    this.breakers = breakers;
    this.health = health;
    for (ExternalSystem s : ExternalSystem.values()) {
      recovered.put(s, new AtomicBoolean());
    }
  }

  /** Registers the state listeners (once, at startup). */
  public void start() {
    breakers.onStateChange(PaymentClient.BREAKER, s -> changed(ExternalSystem.PAYMENT, s));
    breakers.onStateChange(ErpClient.BREAKER, s -> changed(ExternalSystem.ERP, s));
  }

  /** The circuit's state: anything but CLOSED means calls are held (one probe at a time). */
  public CircuitBreakerState state(ExternalSystem system) {
    return breakers.currentState(name(system));
  }

  /** True once after the system's circuit closed again. */
  public boolean takeRecovered(ExternalSystem system) {
    return recovered.get(system).getAndSet(false);
  }

  private void changed(ExternalSystem system, CircuitBreakerState state) {
    LOG.infof("circuit %s is now %s", name(system), state);
    if (system == ExternalSystem.PAYMENT) {
      if (state == CircuitBreakerState.OPEN) {
        health.report(GatewayHealth.DOWN);
      } else if (state == CircuitBreakerState.CLOSED) {
        health.report(GatewayHealth.HEALTHY);
      }
    }
    if (state == CircuitBreakerState.CLOSED) {
      recovered.get(system).set(true);
    }
  }

  private static String name(ExternalSystem system) {
    return system == ExternalSystem.PAYMENT ? PaymentClient.BREAKER : ErpClient.BREAKER;
  }
}
