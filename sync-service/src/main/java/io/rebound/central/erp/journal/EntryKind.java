package io.rebound.central.erp.journal;

/** The document an entry records (one per ERP SPI method). */
public enum EntryKind {
  CREDIT_NOTE,
  STOCK_RETURN,
  DISPOSITION,
  SUPPLIER_CLAIM
}
