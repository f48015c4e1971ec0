package io.rebound.central.storecredit;

import io.rebound.central.db.Sql;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The business write of {@code return.store-credit-issued} events, in the ingest transaction: a
 * {@code store_credit_issues} row per return (a redelivered or second event for the same return
 * adds nothing), then the returns row's {@code refund_status} becomes {@code ISSUED}. The issue,
 * the return and a manager decision may be committed in any order by concurrent instances: every
 * transaction that writes one of them for a deferred store credit takes the same advisory lock per
 * return before setting the status, so the last one to commit always sees the others' rows. Nothing
 * is planned: the return's credit note was planned at acceptance (its amount does not change).
 */
public final class StoreCreditIssueWriter {
  private StoreCreditIssueWriter() {}

  /** An issue and the event that carried it. */
  public record NewIssue(EventEnvelope envelope, StoreCreditIssued issue, Instant receivedAt) {}

  /**
   * Stores {@code issues} and brings the refund status of every return they, {@code accepted} and
   * {@code decided} concern up to date.
   */
  public static void write(
      Connection c,
      List<NewIssue> issues,
      List<ReturnAccepted> accepted,
      List<ApprovalDecided> decided)
      throws SQLException {
    TreeSet<ReturnId> concerned = new TreeSet<>(Comparator.comparing(ReturnId::value));
    issues.forEach(i -> concerned.add(i.issue().returnId()));
    accepted.stream().filter(a -> owed(a.refund())).forEach(a -> concerned.add(a.returnId()));
    decided.stream().filter(d -> owed(d.refund())).forEach(d -> concerned.add(d.returnId()));
    if (concerned.isEmpty()) {
      return;
    }
    insert(c, issues);
    lock(c, concerned);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE returns r SET refund_status = 'ISSUED' FROM store_credit_issues s"
                + " WHERE r.return_id = ? AND s.return_id = r.return_id"
                + " AND r.refund_status <> 'ISSUED'")) {
      for (ReturnId id : concerned) {
        ps.setObject(1, id.value());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Store credit still owed for want of a number: the only refund an issue event can follow. */
  private static boolean owed(Refund refund) {
    return refund.method() == RefundMethod.STORE_CREDIT && refund.status() == RefundStatus.DEFERRED;
  }

  private static void insert(Connection c, List<NewIssue> issues) throws SQLException {
    if (issues.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO store_credit_issues (event_id, return_id, store_id, sequence,"
                + " store_credit_number, currency, amount, issued_at, payload, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING")) {
      for (NewIssue n : issues) {
        StoreCreditIssued i = n.issue();
        ps.setObject(1, n.envelope().eventId().value());
        ps.setObject(2, i.returnId().value());
        ps.setString(3, i.storeId().value());
        ps.setLong(4, n.envelope().sequence());
        ps.setString(5, i.storeCreditNumber());
        ps.setString(6, i.amount().currency().getCurrencyCode());
        ps.setBigDecimal(7, i.amount().amount());
        Sql.setInstant(ps, 8, i.issuedAt());
        ps.setString(9, ProtocolJson.toJson(i));
        Sql.setInstant(ps, 10, n.receivedAt());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void lock(Connection c, TreeSet<ReturnId> returns) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT pg_advisory_xact_lock(hashtextextended('rebound-store-credit:' || ?, 0))")) {
      for (ReturnId id : returns) {
        ps.setString(1, id.value().toString());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
        }
      }
    }
  }
}
