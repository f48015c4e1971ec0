package io.rebound.central.reconciliation.model;

import java.util.Set;

/** A run's lifecycle: RUNNING → COMPLETED | FAILED; both ends are final. */
public enum RunState {
  RUNNING,
  COMPLETED,
  FAILED;

  public boolean canBecome(RunState next) {
    return this == RUNNING && Set.of(COMPLETED, FAILED).contains(next);
  }
}
