package io.rebound.central.reconciliation.model;

/** How a finding counts in a run's summary. */
public enum FindingClass {
  /** Money and books disagree: someone must act. */
  MISMATCH,
  /** Not settled yet (a step still working, a decision awaited): not a mismatch. */
  IN_PROGRESS,
  /** One side could not be read (gateway or ERP unavailable): the return was not checked. */
  UNVERIFIED
}
