package io.rebound.central.payment;

/** The gateway did not answer usefully (timeout, connection, 5xx, 429): outcome unknown. */
public final class GatewayUnavailableException extends PaymentException {
  private static final long serialVersionUID = 1L;

  public GatewayUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
