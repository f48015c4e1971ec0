package io.rebound.central.payment;

/**
 * The gateway refused the request itself (401/403, invalid request, idempotency-key conflict), or
 * the client refused to send it (missing API key, a payment reference the gateway cannot take, a
 * second refund of one return for another amount). Retrying the same command cannot succeed; an
 * operator must act (dead letter).
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

  /** The HTTP status the gateway answered; 0 when the client refused before sending. */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The gateway's error code or type ({@code idempotency_error}, {@code resource_missing}, {@code
   * invalid_request_error} for a 401), or the client's rule ({@code missing-api-key}, {@code
   * payment-reference}); may be null.
   */
  public String code() {
    return code;
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
