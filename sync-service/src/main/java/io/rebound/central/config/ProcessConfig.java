package io.rebound.central.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code rebound.process.*}: the worker that drives refunds and ERP postings. The fault-tolerance
 * timings of the two client beans ({@code rebound.process.payment.*}, {@code
 * rebound.process.erp.*}) are passed to SmallRye Fault Tolerance by {@code application.properties}
 * ({@code quarkus.fault-tolerance."<client>/call".*} = these keys; keep the defaults there in
 * step).
 */
public interface ProcessConfig {

  /** Pause of an idle worker between two looks for due steps. */
  @WithDefault("1S")
  Duration pollInterval();

  /** Most steps one worker claims per transaction (1..500). */
  @WithDefault("20")
  int batchSize();

  /** Worker threads per external system (payment, ERP) in this instance (1..16). */
  @WithDefault("1")
  int workers();

  /**
   * Attempts before a step is dead-lettered (a non-retryable failure dead-letters at once). An
   * operator's replay starts counting again.
   */
  @WithDefault("8")
  int maxAttempts();

  /** First pause after a failed attempt; doubles per attempt, with full jitter. */
  @WithDefault("5S")
  Duration backoffInitial();

  /** Longest pause between two attempts of one step. */
  @WithDefault("10M")
  Duration backoffMax();

  /**
   * How long an IN_PROGRESS claim stays with its instance; after that (the instance died
   * mid-attempt) any instance takes the step back. Must exceed a whole guarded call (timeout ×
   * (retries + 1) plus retry delays).
   */
  @WithDefault("2M")
  Duration lease();

  /**
   * Fault tolerance around the payment gateway (circuit breaker {@code payment-gateway}). One
   * refund may be several gateway requests (a lookup, the create, a lookup after an ambiguous
   * answer), hence the default timeout of 20 s ({@code rebound.process.payment.timeout-millis}).
   * With Stripe, startup refuses a timeout below 3 × {@code rebound.payment.stripe.request-timeout}
   * + {@code connect-timeout} ({@code ProcessTimeoutCheck}).
   */
  FaultTolerance payment();

  /**
   * Fault tolerance around the ERP (circuit breaker {@code erp}); {@code
   * rebound.process.erp.timeout-millis} should be 30000 or more (a Tryton posting is several
   * JSON-RPC calls of up to {@code rebound.erp.tryton.request-timeout} each). With Tryton, startup
   * refuses a timeout below 2 × that request timeout ({@code ProcessTimeoutCheck}).
   */
  FaultTolerance erp();

  /** Timings of one client bean's @Timeout, @Retry, @CircuitBreaker and @Bulkhead. */
  interface FaultTolerance {
    /**
     * Longest wait for one call, in milliseconds (default 20000; application.properties sets the
     * ERP's to 30000). A call cut off by the timeout has an unknown outcome: retried like an
     * unavailable system, with the same idempotency key / reference.
     */
    @WithDefault("20000")
    long timeoutMillis();

    /** Immediate retries of a retryable failure within one attempt. */
    @WithDefault("2")
    int maxRetries();

    /** Pause between those retries, in milliseconds. */
    @WithDefault("200")
    long retryDelayMillis();

    /** Calls in the circuit breaker's rolling window. */
    @WithDefault("4")
    int circuitRequestVolume();

    /** Share of failed calls in the window that opens the circuit. */
    @WithDefault("0.5")
    double circuitFailureRatio();

    /** How long an open circuit stays open before one probe call, in milliseconds. */
    @WithDefault("30000")
    long circuitDelayMillis();

    /** Most concurrent calls into the external system from this instance. */
    @WithDefault("10")
    int bulkhead();
  }
}
