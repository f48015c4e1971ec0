package io.rebound.central.process.store;

import io.rebound.central.db.Sql;
import io.rebound.central.deadletters.DeadLetterKind;
import io.rebound.central.process.model.ReplayOutcome;
import io.rebound.central.process.model.ReplayResult;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Replays a dead-lettered step in the caller's transaction: DEAD_LETTERED → PENDING with its
 * attempt count reset, due at once. Idempotent: a step that already SUCCEEDED (or was declined) or
 * is already pending again is left alone, and the result says so. A replayed refund is looked up at
 * the gateway before anything is sent (it has been attempted before: see {@code
 * ClaimedStep#everAttempted}).
 */
public final class StepReplay {
  private StepReplay() {}

  public static ReplayResult replay(Connection c, long deadLetterId, long stepId, Instant now)
      throws SQLException {
    StepKind kind;
    StepState state;
    UUID returnId;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT kind, state, return_id FROM process_steps WHERE id = ? FOR UPDATE")) {
      ps.setLong(1, stepId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        kind = StepKind.valueOf(rs.getString("kind"));
        state = StepState.valueOf(rs.getString("state"));
        returnId = Sql.getUuid(rs, "return_id");
      }
    }
    String step = kind + " step " + stepId + " of return " + returnId;
    if (state != StepState.DEAD_LETTERED) {
      String why =
          state.terminal()
              ? "already " + state + ": nothing to replay"
              : "already pending (" + state + "): nothing to replay";
      return new ReplayResult(
          deadLetterId,
          DeadLetterKind.STEP,
          ReplayOutcome.NO_OP,
          step + " is " + why,
          returnId,
          kind,
          state,
          0);
    }
    if (!state.canMoveTo(StepState.PENDING, kind)) {
      throw new IllegalStateException(step + ": DEAD_LETTERED -> PENDING not allowed");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE process_steps SET state = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " updated_at = ? WHERE id = ?")) {
      Sql.setInstant(ps, 1, now);
      Sql.setInstant(ps, 2, now);
      ps.setLong(3, stepId);
      ps.executeUpdate();
    }
    markReplayed(c, deadLetterId, now);
    return new ReplayResult(
        deadLetterId,
        DeadLetterKind.STEP,
        ReplayOutcome.REPLAYED,
        step
            + " is PENDING again"
            + (kind == StepKind.REFUND
                ? "; the gateway is asked for the return's refund before anything is sent"
                : "; the ERP is asked for the document by its reference before anything is posted"),
        returnId,
        kind,
        StepState.PENDING,
        0);
  }

  /** Records that the dead letter was replayed (the row itself stays, for the record). */
  public static void markReplayed(Connection c, long deadLetterId, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE dead_letters SET replayed_at = ? WHERE id = ?")) {
      Sql.setInstant(ps, 1, now);
      ps.setLong(2, deadLetterId);
      ps.executeUpdate();
    }
  }
}
