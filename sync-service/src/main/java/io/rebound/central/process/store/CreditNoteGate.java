package io.rebound.central.process.store;

import io.rebound.central.db.Sql;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepState;
import io.rebound.central.updates.StoreUpdateLog;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The credit note of a return whose money goes through the payment gateway follows the refund: it
 * is planned AWAITING_REFUND and, in the transaction that records the refund's final outcome,
 * becomes due (refund SUCCEEDED) or is held as a dead letter (refund DECLINED: no money moved, so
 * the books must not say the customer was refunded). Replaying that dead letter — once the customer
 * was settled by another tender — posts the credit note through the usual replay. A refund that
 * dead-letters (pending too long, rejected) leaves the credit note waiting: its replay decides. The
 * store hears of a held credit note through its update log, like of any dead letter.
 */
public final class CreditNoteGate {
  /** The rule named by the dead letter of a credit note held because its refund was declined. */
  public static final String RULE = "process.credit-note.refund-declined";

  private CreditNoteGate() {}

  /**
   * The dead-letter reason of a credit note whose refund the gateway declined with {@code code}.
   */
  public static String reason(String code) {
    return "refund declined at the gateway ("
        + (code == null || code.isBlank() ? "no decline code" : code)
        + "): settle with the customer by another tender, then replay to post the credit note"
        + " (rule "
        + RULE
        + ")";
  }

  /**
   * Applies the refund's final outcome to its return's waiting credit note, in the caller's
   * transaction; true when the credit note was dead-lettered. Other outcomes change nothing.
   */
  static boolean refundEnded(Connection c, ClaimedStep refund, StepResult r) throws SQLException {
    if (refund.kind() != StepKind.REFUND
        || (r.next() != StepState.SUCCEEDED && r.next() != StepState.DECLINED)) {
      return false;
    }
    Optional<Long> waiting = waitingCreditNote(c, refund);
    if (waiting.isEmpty()) {
      return false;
    }
    long id = waiting.get();
    StepState next = r.next() == StepState.SUCCEEDED ? StepState.PENDING : StepState.DEAD_LETTERED;
    if (!StepState.AWAITING_REFUND.canMoveTo(next, StepKind.CREDIT_NOTE)) {
      throw new IllegalStateException("credit note " + id + ": AWAITING_REFUND -> " + next);
    }
    String error = next == StepState.DEAD_LETTERED ? reason(r.declineCode()) : null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE process_steps SET state = ?, next_attempt_at = ?, last_error = ?,"
                + " updated_at = ? WHERE id = ? AND state = 'AWAITING_REFUND'")) {
      ps.setString(1, next.name());
      Sql.setInstant(ps, 2, r.finishedAt());
      ps.setString(3, error);
      Sql.setInstant(ps, 4, r.finishedAt());
      ps.setLong(5, id);
      ps.executeUpdate();
    }
    if (next == StepState.DEAD_LETTERED) {
      StepDeadLetters.write(
          c,
          new StepDeadLetters.Step(id, refund.storeId(), refund.returnId(), StepKind.CREDIT_NOTE),
          error,
          RULE,
          r.finishedAt());
      StoreUpdateLog.append(
          c,
          new StoreUpdateLog.Entry(
              refund.storeId(),
              refund.returnId(),
              id,
              OutcomeKind.CREDIT_NOTE,
              OutcomeState.DEAD_LETTERED,
              null,
              error,
              r.finishedAt()));
      return true;
    }
    return false;
  }

  private static Optional<Long> waitingCreditNote(Connection c, ClaimedStep refund)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM process_steps WHERE return_id = ? AND kind = 'CREDIT_NOTE'"
                + " AND state = 'AWAITING_REFUND' FOR UPDATE")) {
      ps.setObject(1, refund.returnId().value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }
}
