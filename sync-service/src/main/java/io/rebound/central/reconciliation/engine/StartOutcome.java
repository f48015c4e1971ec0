package io.rebound.central.reconciliation.engine;

import io.rebound.central.reconciliation.model.RunView;

/**
 * What asking for a run gave: the run (completed or failed), or a refusal naming field and rule.
 */
public sealed interface StartOutcome {
  record Ran(RunView run) implements StartOutcome {}

  record Refused(String field, String rule, String detail) implements StartOutcome {}
}
