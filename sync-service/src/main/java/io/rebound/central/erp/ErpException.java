package io.rebound.central.erp;

import io.rebound.central.CentralException;

/** A failure talking to the ERP. */
public abstract class ErpException extends CentralException {
  private static final long serialVersionUID = 1L;

  protected ErpException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when the same posting may be sent again later. */
  public abstract boolean retryable();
}
