package io.rebound.central.exceptions;

/** The conditions central raises as exception records. */
public enum ExceptionKind {
  /** The same sale line was returned at two stores (or twice at one store, past its ledger). */
  DUPLICATE_SALE_LINE_RETURN
}
