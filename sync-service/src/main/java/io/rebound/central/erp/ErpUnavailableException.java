package io.rebound.central.erp;

/** The ERP did not answer usefully (unreachable, timeout, 5xx, cannot log in): retry later. */
public final class ErpUnavailableException extends ErpException {
  private static final long serialVersionUID = 1L;

  public ErpUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
