package io.rebound.central.process.store;

import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.central.process.model.StepKind.ExternalSystem;
import io.rebound.central.process.model.StepState;
import io.rebound.central.updates.StepOutcomes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Writes what happened to a claimed step: its next state, one attempt history row and, when it
 * dead-letters, its row in {@code dead_letters} (kind STEP), for a final state the store's
 * update-log entry ({@link StepOutcomes}), all in one transaction (with the effect of a refund's
 * outcome on its credit note). Only the claim holder may complete a step: a claim that expired and
 * was taken by another instance is not overwritten (the external call was idempotent, the other
 * attempt records its own result).
 */
@Singleton
public class StepRecorder {
  private final Database database;

  @Inject
  public StepRecorder(Database database) {
    this.database = database;
  }

  /**
   * What {@link #complete} did.
   *
   * @param recorded false when this instance no longer held the claim (nothing was written)
   * @param creditNoteHeld a declined refund dead-lettered its return's waiting credit note
   */
  public record Completion(boolean recorded, boolean creditNoteHeld) {}

  /**
   * Records the attempt; a refund's final outcome also releases or holds its return's waiting
   * credit note ({@link CreditNoteGate}), in the same transaction.
   */
  public Completion complete(ClaimedStep step, StepResult r, String instance) throws SQLException {
    if (!StepState.IN_PROGRESS.canMoveTo(r.next(), step.kind()) || r.next() == StepState.PENDING) {
      throw new IllegalStateException(
          "step " + step.id() + ": IN_PROGRESS -> " + r.next() + " is not an attempt result");
    }
    return database.inTransaction(
        c -> {
          int attempt = step.attempts() + 1;
          if (!update(c, step, r, attempt, instance)) {
            return new Completion(false, false);
          }
          insertAttempt(c, step, r, attempt, instance);
          if (r.next() == StepState.DEAD_LETTERED) {
            deadLetter(c, step, r);
          }
          StepOutcomes.recordIfFinal(c, step, r); // tell the store, same transaction
          return new Completion(true, CreditNoteGate.refundEnded(c, step, r));
        });
  }

  /** The call was not made (circuit open): back to the state it was claimed from, no attempt. */
  public void release(ClaimedStep step, String instance, Instant now) throws SQLException {
    database.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE process_steps SET state = ?,"
                      + " claimed_by = CASE WHEN ? THEN claimed_by ELSE NULL END,"
                      + " lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'IN_PROGRESS'"
                      + " AND claimed_by = ?")) {
            ps.setString(1, step.from().name());
            // a step whose earlier claim expired mid-call stays marked: the next attempt looks up
            ps.setBoolean(2, step.everAttempted());
            Sql.setInstant(ps, 3, now);
            ps.setLong(4, step.id());
            ps.setString(5, instance);
            return ps.executeUpdate();
          }
        });
  }

  /**
   * The external system is back: every step of it waiting for a retry is due now, so the held
   * backlog drains in its claim order (acceptance order) instead of in backoff order.
   */
  public int releaseWaiting(ExternalSystem system, Instant now) throws SQLException {
    return database.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE process_steps SET next_attempt_at = ?, updated_at = ?"
                      + " WHERE state = 'RETRY_WAIT' AND next_attempt_at > ? AND "
                      + (system == ExternalSystem.PAYMENT ? "erp_order = 0" : "erp_order > 0"))) {
            Sql.setInstant(ps, 1, now);
            Sql.setInstant(ps, 2, now);
            Sql.setInstant(ps, 3, now);
            return ps.executeUpdate();
          }
        });
  }

  private static boolean update(
      Connection c, ClaimedStep step, StepResult r, int attempt, String instance)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE process_steps SET state = ?, attempts = ?, next_attempt_at = ?,"
                + " last_attempt_at = ?, external_reference = COALESCE(?, external_reference),"
                + " last_error = ?, adapter_kind = ?, sandbox = ?, claimed_by = NULL,"
                + " lease_until = NULL, updated_at = ?"
                + " WHERE id = ? AND state = 'IN_PROGRESS' AND claimed_by = ?")) {
      ps.setString(1, r.next().name());
      ps.setInt(2, r.counted() ? attempt : step.attempts());
      Sql.setInstant(ps, 3, r.next() == StepState.RETRY_WAIT ? r.nextAttemptAt() : r.finishedAt());
      Sql.setInstant(ps, 4, r.startedAt());
      ps.setString(5, r.externalReference());
      ps.setString(6, r.error());
      ps.setString(7, r.adapterKind());
      ps.setBoolean(8, r.sandbox());
      Sql.setInstant(ps, 9, r.finishedAt());
      ps.setLong(10, step.id());
      ps.setString(11, instance);
      return ps.executeUpdate() == 1;
    }
  }

  private static void insertAttempt(
      Connection c, ClaimedStep step, StepResult r, int attempt, String instance)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO process_attempts (step_id, attempt, started_at, finished_at, outcome,"
                + " error, external_reference, adapter_kind, sandbox, instance)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, step.id());
      ps.setInt(2, attempt);
      Sql.setInstant(ps, 3, r.startedAt());
      Sql.setInstant(ps, 4, r.finishedAt());
      ps.setString(5, r.outcome().name());
      ps.setString(6, r.error());
      ps.setString(7, r.externalReference());
      ps.setString(8, r.adapterKind());
      ps.setBoolean(9, r.sandbox());
      ps.setString(10, instance);
      ps.executeUpdate();
    }
  }

  private static void deadLetter(Connection c, ClaimedStep step, StepResult r) throws SQLException {
    StepDeadLetters.write(
        c,
        new StepDeadLetters.Step(step.id(), step.storeId(), step.returnId(), step.kind()),
        r.deadLetterReason(),
        r.deadLetterRule(),
        r.finishedAt());
  }
}
