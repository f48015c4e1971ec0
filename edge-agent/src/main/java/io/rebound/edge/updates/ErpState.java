package io.rebound.edge.updates;

/** What the store knows of a return's ERP postings, from central's updates. */
public enum ErpState {
  /** Central has told the store nothing about the postings (yet). */
  NOT_KNOWN_AT_STORE,
  /** Some postings are in the ERP, others not yet (or not reported yet). */
  PARTLY_POSTED,
  /** The credit note and the stock return are in the ERP. */
  POSTED,
  /** A posting failed at central (dead-lettered); an operator must look at it. */
  FAILED_AT_CENTRAL
}
