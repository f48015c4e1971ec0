package io.rebound.central.presence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rebound.protocols.envelope.GatewayHealth;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The payment gateway's health as this central instance sees it; {@link GatewayHealth#HEALTHY}
 * until the payment adapter says otherwise (it calls {@link #report}). Every instance announces it
 * in its presence heartbeat, and at once when it changes ({@link GatewayHealthChanged}), so the
 * stores can enter or leave {@code PAYMENT_DEGRADED}. Gauge {@code rebound_payment_gateway_health}
 * (0=HEALTHY, 1=DOWN, 2=UNKNOWN).
 */
@Singleton
public class PaymentGatewayHealth {
  private static final Logger LOG = Logger.getLogger(PaymentGatewayHealth.class);

  private final AtomicReference<GatewayHealth> current =
      new AtomicReference<>(GatewayHealth.HEALTHY);
  private final Event<GatewayHealthChanged> changes;
  private final Clock clock = Clock.systemUTC();

  @Inject
  public PaymentGatewayHealth(Event<GatewayHealthChanged> changes, MeterRegistry registry) {
    this.changes = changes;
    Gauge.builder("rebound.payment.gateway.health", this, h -> h.current().ordinal())
        .description("Payment gateway health as central sees it: 0=HEALTHY, 1=DOWN, 2=UNKNOWN")
        .register(registry);
  }

  public GatewayHealth current() {
    return current.get();
  }

  /** Records the gateway's health; a change is logged and announced to the stores at once. */
  public void report(GatewayHealth health) {
    Objects.requireNonNull(health, "health");
    GatewayHealth previous = current.getAndSet(health);
    if (previous != health) {
      LOG.infof("payment gateway %s -> %s", previous, health);
      changes.fire(new GatewayHealthChanged(previous, health, clock.instant()));
    }
  }
}
