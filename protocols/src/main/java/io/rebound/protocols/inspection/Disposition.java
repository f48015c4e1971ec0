package io.rebound.protocols.inspection;

/** What a store decided for inspected units of a returned line. */
public enum Disposition {
  /** Back to sellable stock at the store. */
  RESELLABLE,
  /** Not sellable as new: goes to liquidation. */
  DAMAGED,
  /** Faulty: claimed from the supplier (vendor named when known). */
  DEFECTIVE,
  /** Shipped to the warehouse for processing there. */
  TO_WAREHOUSE
}
