package io.rebound.central.process.client;

import io.rebound.central.payment.GatewayRejectedException;
import io.rebound.central.payment.GatewayUnavailableException;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The ONE way central talks to the payment gateway: every refund goes through {@link #call}, which
 * is guarded by SmallRye Fault Tolerance (timings from {@code rebound.process.payment.*}). A
 * gateway rejection neither retries nor counts against the circuit; an unavailable gateway or a
 * timeout does both. An open circuit fails fast with {@code CircuitBreakerOpenException}.
 */
@ApplicationScoped
public class PaymentClient {
  /** The circuit breaker's name ({@code CircuitBreakerMaintenance}, metrics). */
  public static final String BREAKER = "payment-gateway";

  private final PaymentGateway gateway;

  @Inject
  public PaymentClient(PaymentGateway gateway) {
    this.gateway = gateway;
  }

  /**
   * Refunds {@code command} at most once. With {@code lookUpFirst} (any step that was attempted
   * before, in particular after a replay) the gateway is asked for the return's refund first and
   * that one is returned if it exists; {@link PaymentGateway#refund} itself looks up again before
   * sending.
   */
  @Timeout(20_000)
  @Retry(
      maxRetries = 2,
      delay = 200,
      jitter = 0,
      retryOn = {GatewayUnavailableException.class, TimeoutException.class},
      abortOn = GatewayRejectedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 30_000,
      successThreshold = 1,
      skipOn = GatewayRejectedException.class)
  @CircuitBreakerName(BREAKER)
  @Bulkhead(10)
  public RefundOutcome call(RefundCommand command, boolean lookUpFirst) {
    if (lookUpFirst) {
      Optional<RefundOutcome> found = gateway.find(command);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return gateway.refund(command);
  }

  /** The active gateway's {@code rebound.payment.kind}. */
  public String kind() {
    return gateway.kind();
  }

  /** Whether the active gateway is the sandbox. */
  public boolean sandbox() {
    return gateway.sandbox();
  }
}
