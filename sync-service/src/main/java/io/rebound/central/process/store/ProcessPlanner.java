package io.rebound.central.process.store;

import io.rebound.central.approvals.ApprovalReader;
import io.rebound.central.db.Sql;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepState;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Creates the process steps of newly stored events, in the ingest transaction (called by {@code
 * ingest.BatchWriter} after the business rows are written).
 *
 * <ul>
 *   <li>A return whose effective status is ACCEPTED and whose refund is not DECLINED gets
 *       CREDIT_NOTE and STOCK_RETURN; a CARD refund that is DEFERRED or APPROVED also gets REFUND.
 *       The effective status and refund are the latest manager decision's, else the return's own: a
 *       PENDING_APPROVAL return gets its steps when (and if) it is approved, whichever of the two
 *       events is committed first. With a REFUND the CREDIT_NOTE starts AWAITING_REFUND (see {@link
 *       CreditNoteGate}); otherwise every step starts PENDING.
 *   <li>An inspection gets DISPOSITION (DAMAGED / TO_WAREHOUSE lines) and one SUPPLIER_CLAIM per
 *       vendor of its DEFECTIVE lines.
 * </ul>
 *
 * Both sides of the return/decision race (a PENDING_APPROVAL return, a decision) take a transaction
 * advisory lock on the return first, so of two concurrent instances the later one always sees the
 * other's rows; other returns are planned from their payload alone. Inserts are {@code ON CONFLICT
 * DO NOTHING}, in one key order: planning twice creates nothing new.
 */
public final class ProcessPlanner {
  static final String NO_VENDOR = "";
  static final String UNKNOWN_VENDOR = "unknown";

  private ProcessPlanner() {}

  /** Plans the steps caused by the given newly stored events; returns the steps created. */
  public static int plan(
      Connection c,
      List<ReturnAccepted> accepted,
      List<ReturnInspected> inspected,
      List<ApprovalDecided> decided,
      Instant now)
      throws SQLException {
    List<NewStep> steps = new ArrayList<>();
    // a return that does not wait for approval is planned from its own payload (no decision exists)
    TreeSet<ReturnId> racing = new TreeSet<>(Comparator.comparing(ReturnId::value));
    for (ReturnAccepted a : accepted) {
      if (a.status() == ReturnStatus.PENDING_APPROVAL) {
        racing.add(a.returnId());
      } else {
        steps.addAll(forReturn(a, Optional.empty()));
      }
    }
    decided.forEach(d -> racing.add(d.returnId()));
    lock(c, racing);
    for (ReturnId id : racing) {
      Optional<ReturnAccepted> stored = storedReturn(c, id);
      if (stored.isPresent()) {
        steps.addAll(forReturn(stored.get(), latestDecision(c, id)));
      }
    }
    for (ReturnInspected step : inspected) {
      Instant orderedAt = acceptedAt(c, step.returnId()).orElse(step.inspectedAt());
      steps.addAll(forInspection(step, orderedAt));
    }
    // one key order for every transaction: concurrent inserts of the same keys cannot deadlock
    steps.sort(
        Comparator.comparing((NewStep n) -> n.returnId().value())
            .thenComparing(NewStep::kind)
            .thenComparing(NewStep::vendorKey));
    return insert(c, steps, now);
  }

  /** One step to create, in its first state. */
  record NewStep(
      ReturnId returnId,
      String storeId,
      StepKind kind,
      String vendorKey,
      Instant at,
      StepState initial) {
    NewStep(ReturnId returnId, String storeId, StepKind kind, String vendorKey, Instant at) {
      this(returnId, storeId, kind, vendorKey, at, StepState.PENDING);
    }
  }

  static List<NewStep> forReturn(ReturnAccepted a, Optional<ApprovalDecided> decision) {
    ReturnStatus status = decision.map(ApprovalDecided::status).orElse(a.status());
    Refund refund = decision.map(ApprovalDecided::refund).orElse(a.refund());
    List<NewStep> steps = new ArrayList<>();
    if (status != ReturnStatus.ACCEPTED || refund.status() == RefundStatus.DECLINED) {
      return steps;
    }
    String store = a.storeId().value();
    boolean gatewayRefund =
        refund.method() == RefundMethod.CARD
            && (refund.status() == RefundStatus.DEFERRED
                || refund.status() == RefundStatus.APPROVED);
    if (gatewayRefund) {
      steps.add(new NewStep(a.returnId(), store, StepKind.REFUND, NO_VENDOR, a.acceptedAt()));
    }
    // the books say the customer was refunded only once the gateway moved the money
    steps.add(
        new NewStep(
            a.returnId(),
            store,
            StepKind.CREDIT_NOTE,
            NO_VENDOR,
            a.acceptedAt(),
            gatewayRefund ? StepState.AWAITING_REFUND : StepState.PENDING));
    steps.add(new NewStep(a.returnId(), store, StepKind.STOCK_RETURN, NO_VENDOR, a.acceptedAt()));
    return steps;
  }

  static List<NewStep> forInspection(ReturnInspected step, Instant orderedAt) {
    List<NewStep> steps = new ArrayList<>();
    String store = step.storeId().value();
    boolean moves = false;
    TreeSet<String> vendors = new TreeSet<>();
    for (InspectedLine line : step.lines()) {
      if (line.disposition() == Disposition.DAMAGED
          || line.disposition() == Disposition.TO_WAREHOUSE) {
        moves = true;
      } else if (line.disposition() == Disposition.DEFECTIVE) {
        vendors.add(vendorKey(line.vendorId()));
      }
    }
    if (moves) {
      steps.add(new NewStep(step.returnId(), store, StepKind.DISPOSITION, NO_VENDOR, orderedAt));
    }
    for (String vendor : vendors) {
      steps.add(new NewStep(step.returnId(), store, StepKind.SUPPLIER_CLAIM, vendor, orderedAt));
    }
    return steps;
  }

  /** The step key of a supplier claim for {@code vendorId} (null = unknown vendor). */
  public static String vendorKey(String vendorId) {
    return vendorId == null ? UNKNOWN_VENDOR : vendorId;
  }

  private static void lock(Connection c, TreeSet<ReturnId> returns) throws SQLException {
    if (returns.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT pg_advisory_xact_lock(hashtextextended('rebound-process:' || ?, 0))")) {
      for (ReturnId id : returns) {
        ps.setString(1, id.value().toString());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
        }
      }
    }
  }

  private static Optional<Instant> acceptedAt(Connection c, ReturnId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT accepted_at FROM returns WHERE return_id = ?")) {
      ps.setObject(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Sql.getInstant(rs, "accepted_at")) : Optional.empty();
      }
    }
  }

  static Optional<ReturnAccepted> storedReturn(Connection c, ReturnId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT payload::text FROM returns WHERE return_id = ?")) {
      ps.setObject(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(ProtocolJson.decode(rs.getString(1), ReturnAccepted.class))
            : Optional.empty();
      }
    }
  }

  static Optional<ApprovalDecided> latestDecision(Connection c, ReturnId id) throws SQLException {
    List<ApprovalDecided> all = ApprovalReader.forReturn(c, id);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static int insert(Connection c, List<NewStep> steps, Instant now) throws SQLException {
    if (steps.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO process_steps (return_id, store_id, kind, vendor_key, erp_order,"
                + " ordered_at, state, next_attempt_at, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (return_id, kind, vendor_key) DO NOTHING")) {
      for (NewStep s : steps) {
        ps.setObject(1, s.returnId().value());
        ps.setString(2, s.storeId());
        ps.setString(3, s.kind().name());
        ps.setString(4, s.vendorKey());
        ps.setInt(5, s.kind().erpOrder());
        Sql.setInstant(ps, 6, s.at());
        ps.setString(7, s.initial().name());
        Sql.setInstant(ps, 8, now);
        Sql.setInstant(ps, 9, now);
        Sql.setInstant(ps, 10, now);
        ps.addBatch();
      }
      int created = 0;
      for (int n : ps.executeBatch()) {
        created += Math.max(0, n);
      }
      return created;
    }
  }
}
