package io.rebound.central.updates;

import io.rebound.central.process.model.StepState;
import io.rebound.central.process.store.ClaimedStep;
import io.rebound.central.process.store.StepResult;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The process's hook into the store update log: a step that reaches a final state for the store
 * (SUCCEEDED, DECLINED, DEAD_LETTERED) appends one entry, in the transaction that records it.
 */
public final class StepOutcomes {
  private StepOutcomes() {}

  /** Appends the entry when {@code r} is final for the store; otherwise does nothing. */
  public static void recordIfFinal(Connection c, ClaimedStep step, StepResult r)
      throws SQLException {
    OutcomeState state = outcome(r.next());
    if (state == null) {
      return;
    }
    String detail =
        switch (state) {
          case SUCCEEDED -> null;
          case DECLINED -> r.error();
          case DEAD_LETTERED -> r.deadLetterReason();
        };
    StoreUpdateLog.append(
        c,
        new StoreUpdateLog.Entry(
            step.storeId(),
            step.returnId(),
            step.id(),
            OutcomeKind.valueOf(step.kind().name()),
            state,
            r.externalReference(),
            detail,
            r.finishedAt()));
  }

  /** The store-facing state of a step state; null when the step is not final. */
  static OutcomeState outcome(StepState state) {
    return switch (state) {
      case SUCCEEDED -> OutcomeState.SUCCEEDED;
      case DECLINED -> OutcomeState.DECLINED;
      case DEAD_LETTERED -> OutcomeState.DEAD_LETTERED;
      case PENDING, IN_PROGRESS, RETRY_WAIT, AWAITING_REFUND -> null;
    };
  }
}
