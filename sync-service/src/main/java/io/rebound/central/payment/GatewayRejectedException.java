package io.rebound.central.payment;

/**
 * The gateway refused the request itself (401/403, invalid request, idempotency-key conflict).
 * Retrying the same command cannot succeed; an operator must act (dead letter).
 */
public final class GatewayRejectedException extends PaymentException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String code;

  public GatewayRejectedException(int httpStatus, String code, String message) {
    super(message, null);
    this.httpStatus = httpStatus;
    this.code = code;
  }

  /** The HTTP status the gateway answered. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The gateway's error type or code (e.g. {@code idempotency_error}), or null. */
  public String code() {
    return code;
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
