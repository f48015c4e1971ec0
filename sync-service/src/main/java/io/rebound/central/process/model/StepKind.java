package io.rebound.central.process.model;

/**
 * The external effects central drives for a return. {@link #erpOrder()} orders a return's ERP
 * postings: the credit note before the stock return, disposition and supplier claims after it.
 */
public enum StepKind {
  /** The card refund at the payment gateway (card refunds deferred to or approved by central). */
  REFUND(ExternalSystem.PAYMENT, 0),
  /** The customer credit note in the ERP. */
  CREDIT_NOTE(ExternalSystem.ERP, 1),
  /** The goods back into the store's stock in the ERP. */
  STOCK_RETURN(ExternalSystem.ERP, 2),
  /** After inspection: the DAMAGED and TO_WAREHOUSE lines leave sellable stock. */
  DISPOSITION(ExternalSystem.ERP, 3),
  /** After inspection: a supplier return of the DEFECTIVE lines of one vendor. */
  SUPPLIER_CLAIM(ExternalSystem.ERP, 3);

  /** The external system a step talks to (one client bean and circuit breaker each). */
  public enum ExternalSystem {
    PAYMENT,
    ERP
  }

  private final ExternalSystem system;
  private final int erpOrder;

  StepKind(ExternalSystem system, int erpOrder) {
    this.system = system;
    this.erpOrder = erpOrder;
  }

  public ExternalSystem system() {
    return system;
  }

  public int erpOrder() {
    return erpOrder;
  }
}
