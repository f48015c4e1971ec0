package io.rebound.central.process.client;

import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpRejectedException;
import io.rebound.central.erp.ErpUnavailableException;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The ONE way central talks to the ERP: every posting goes through {@link #call}, guarded by
 * SmallRye Fault Tolerance (timings from {@code rebound.process.erp.*}). A rejection neither
 * retries nor counts against the circuit.
 */
@ApplicationScoped
public class ErpClient {
  /** The circuit breaker's name. */
  public static final String BREAKER = "erp";

  private final ErpAdapter erp;

  @Inject
  public ErpClient(ErpAdapter erp) {
    this.erp = erp;
  }

  /** Runs one idempotent ERP operation (each looks its document up by reference first). */
  @Timeout(30_000)
  @Retry(
      maxRetries = 2,
      delay = 200,
      jitter = 0,
      retryOn = {ErpUnavailableException.class, TimeoutException.class},
      abortOn = ErpRejectedException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 30_000,
      successThreshold = 1,
      skipOn = ErpRejectedException.class)
  @CircuitBreakerName(BREAKER)
  @Bulkhead(10)
  public ErpDocument call(Function<ErpAdapter, ErpDocument> operation) {
    return operation.apply(erp);
  }

  /** The active ERP's {@code rebound.erp.kind}. */
  public String kind() {
    return erp.kind();
  }

  /** Whether the active ERP is the embedded journal (postings stay in central's database). */
  public boolean sandbox() {
    return "journal".equals(erp.kind());
  }
}
