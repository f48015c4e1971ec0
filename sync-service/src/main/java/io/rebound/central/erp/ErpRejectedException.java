package io.rebound.central.erp;

/** The ERP refused the document (Tryton {@code UserError}, unknown product, closed period). */
public final class ErpRejectedException extends ErpException {
  private static final long serialVersionUID = 1L;

  public ErpRejectedException(String message) {
    super(message, null);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
