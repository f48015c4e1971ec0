package io.rebound.protocols.requests;

/**
 * What central did for a return outside the store, as reported in a {@link ReturnUpdate}: the card
 * refund at the payment gateway or one of the ERP postings.
 */
public enum OutcomeKind {
  /** The card refund at the payment gateway. */
  REFUND,
  /** The customer credit note in the ERP. */
  CREDIT_NOTE,
  /** The goods back into the store's stock in the ERP. */
  STOCK_RETURN,
  /** After inspection: damaged / to-warehouse lines leave sellable stock in the ERP. */
  DISPOSITION,
  /** After inspection: a supplier return of defective lines in the ERP. */
  SUPPLIER_CLAIM
}
