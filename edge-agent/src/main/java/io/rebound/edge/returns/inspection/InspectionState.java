package io.rebound.edge.returns.inspection;

/**
 * How far a return's inspection has come; derived from the quantities, never stored. Moves only
 * forward: NOT_INSPECTED → PARTIALLY_INSPECTED → INSPECTED (or straight to INSPECTED in one step).
 */
public enum InspectionState {
  /** No unit has a disposition yet. */
  NOT_INSPECTED,
  /** Some units have a disposition, some are still pending inspection. */
  PARTIALLY_INSPECTED,
  /** Every returned unit has a disposition; further inspections are refused. */
  INSPECTED;

  static InspectionState of(long returned, long inspected) {
    if (inspected == 0) {
      return NOT_INSPECTED;
    }
    return inspected < returned ? PARTIALLY_INSPECTED : INSPECTED;
  }
}
