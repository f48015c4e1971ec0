package io.rebound.central.erp.journal;

/**
 * The accounts of the embedded journal (a minimal retail chart). Stock is valued at cost, and for
 * now cost = the refunded unit price (no cost price is known to central yet).
 */
public enum JournalAccount {
  /** 1300: goods on hand. */
  INVENTORY("1300 Inventory"),
  /** 1400: what suppliers owe for defective goods sent back. */
  SUPPLIER_CLAIMS("1400 Supplier claims receivable"),
  /** 2100: refunds owed to customers (cleared by the payment side). */
  CUSTOMER_REFUNDS("2100 Customer refunds payable"),
  /** 4100: contra-revenue for returned sales. */
  SALES_RETURNS("4100 Sales returns"),
  /** 5000: cost of goods sold (reversed when goods come back). */
  COST_OF_SALES("5000 Cost of goods sold"),
  /** 5200: goods scrapped or liquidated. */
  INVENTORY_WRITE_OFF("5200 Inventory write-off");

  private final String label;

  JournalAccount(String label) {
    this.label = label;
  }

  /** Code and name as stored in {@code journal_lines.account}. */
  public String label() {
    return label;
  }
}
