package io.rebound.central.process.store;

import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepKind.ExternalSystem;
import io.rebound.central.process.model.StepState;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims due steps for this instance: {@code SELECT … FOR UPDATE SKIP LOCKED} then IN_PROGRESS with
 * a lease, in one transaction, so N instances (and N threads) never claim the same step.
 *
 * <p>Order: refunds by the return's acceptance; ERP postings by acceptance, then per return by
 * {@link StepKind#erpOrder()} — a posting is due only when every lower-order posting of its return
 * SUCCEEDED, and disposition/supplier claims only after the stock return SUCCEEDED. Credit notes
 * AWAITING_REFUND are never claimed (see {@link CreditNoteGate}), so per return the order is
 * refund, credit note, stock return, … — except that the credit note of a DECLINED refund (held as
 * a dead letter, or replayed) does not hold back the later postings: the goods came back anyway.
 */
@Singleton
public class StepClaims {
  private static final String COLUMNS =
      "s.id, s.return_id, s.store_id, s.kind, s.vendor_key, s.state, s.attempts,"
          + " (s.claimed_by IS NOT NULL"
          + "  OR EXISTS (SELECT 1 FROM process_attempts a WHERE a.step_id = s.id)) AS attempted";
  private static final String DUE =
      " FROM process_steps s WHERE s.state IN ('PENDING', 'RETRY_WAIT')"
          + " AND (s.next_attempt_at <= ? OR ?)";
  private static final String REFUNDS =
      "SELECT " + COLUMNS + DUE + " AND s.kind = 'REFUND'" + " ORDER BY s.ordered_at, s.id";
  private static final String POSTINGS =
      "SELECT "
          + COLUMNS
          + DUE
          + " AND s.erp_order > 0"
          + " AND NOT EXISTS (SELECT 1 FROM process_steps p WHERE p.return_id = s.return_id"
          + "   AND p.erp_order > 0 AND p.erp_order < s.erp_order AND p.state <> 'SUCCEEDED'"
          // the credit note of a declined refund is held: it does not hold the goods back
          + "   AND NOT (p.kind = 'CREDIT_NOTE' AND EXISTS (SELECT 1 FROM process_steps m"
          + "     WHERE m.return_id = s.return_id AND m.kind = 'REFUND' AND m.state = 'DECLINED')))"
          + " AND (s.erp_order < 3 OR EXISTS (SELECT 1 FROM process_steps p"
          + "   WHERE p.return_id = s.return_id AND p.kind = 'STOCK_RETURN'"
          + "   AND p.state = 'SUCCEEDED'))"
          + " ORDER BY s.ordered_at, s.return_id, s.erp_order, s.id";

  private final Database database;

  @Inject
  public StepClaims(Database database) {
    this.database = database;
  }

  /**
   * Takes back IN_PROGRESS claims whose lease ran out (their instance died mid-call; {@code
   * claimed_by} keeps its name, so the next claim knows the external call may have happened) and
   * claims up to {@code limit} due steps of {@code system}. With {@code headOfLine} (the system's
   * circuit is not closed: the claim is a probe) the first waiting step in order is taken whether
   * or not its backoff has run out, so the probe always tries the oldest held step.
   */
  public List<ClaimedStep> claim(
      ExternalSystem system,
      int limit,
      String instance,
      Duration lease,
      Instant now,
      boolean headOfLine)
      throws SQLException {
    return database.inTransaction(
        c -> {
          expireLeases(c, now);
          String sql = (system == ExternalSystem.PAYMENT ? REFUNDS : POSTINGS);
          List<ClaimedStep> claimed = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(sql + " LIMIT ? FOR UPDATE OF s SKIP LOCKED")) {
            Sql.setInstant(ps, 1, now);
            ps.setBoolean(2, headOfLine);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                claimed.add(row(rs));
              }
            }
          }
          markInProgress(c, claimed, instance, now.plus(lease), now);
          return claimed;
        });
  }

  private static ClaimedStep row(ResultSet rs) throws SQLException {
    StepState from = StepState.valueOf(rs.getString("state"));
    if (!from.canMoveTo(StepState.IN_PROGRESS)) {
      throw new IllegalStateException("step " + rs.getLong("id") + " claimed from " + from);
    }
    return new ClaimedStep(
        rs.getLong("id"),
        new ReturnId(Sql.getUuid(rs, "return_id")),
        StoreId.of(rs.getString("store_id")),
        StepKind.valueOf(rs.getString("kind")),
        rs.getString("vendor_key"),
        from,
        rs.getInt("attempts"),
        rs.getBoolean("attempted"));
  }

  private static void markInProgress(
      Connection c, List<ClaimedStep> steps, String instance, Instant leaseUntil, Instant now)
      throws SQLException {
    if (steps.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE process_steps SET state = 'IN_PROGRESS', claimed_by = ?, lease_until = ?,"
                + " updated_at = ? WHERE id = ?")) {
      for (ClaimedStep s : steps) {
        ps.setString(1, instance);
        Sql.setInstant(ps, 2, leaseUntil);
        Sql.setInstant(ps, 3, now);
        ps.setLong(4, s.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void expireLeases(Connection c, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE process_steps SET state = 'RETRY_WAIT', next_attempt_at = ?,"
                + " last_error = 'claim of ' || claimed_by || ' expired (instance stopped"
                + " mid-attempt?)', lease_until = NULL, updated_at = ?"
                + " WHERE state = 'IN_PROGRESS' AND lease_until < ?")) {
      Sql.setInstant(ps, 1, now);
      Sql.setInstant(ps, 2, now);
      Sql.setInstant(ps, 3, now);
      ps.executeUpdate();
    }
  }
}
