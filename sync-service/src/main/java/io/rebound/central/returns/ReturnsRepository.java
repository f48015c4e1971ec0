package io.rebound.central.returns;

import io.rebound.central.approvals.ApprovalReader;
import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.central.exceptions.ExceptionReader;
import io.rebound.central.exceptions.ExceptionView;
import io.rebound.central.inspections.InspectionReader;
import io.rebound.central.process.model.AuditEntry;
import io.rebound.central.process.model.StepView;
import io.rebound.central.process.store.AuditLog;
import io.rebound.central.process.store.StepReader;
import io.rebound.central.storecredit.StoreCreditIssueReader;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnAccepted;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads returns as ingested: the accepted payload and how it reached central. */
@Singleton
public class ReturnsRepository {
  private final Database database;

  @Inject
  public ReturnsRepository(Database database) {
    this.database = database;
  }

  /**
   * A stored return with its sync facts, its inspection steps and manager decisions (store order),
   * the exceptions it is involved in, its process steps (refund, ERP postings) with their attempts,
   * the operator actions (replays) about it, and the late issue of its store credit (if it waited
   * for a number at the store).
   */
  public record StoredReturn(
      ReturnAccepted accepted,
      EventId eventId,
      long sequence,
      Instant receivedAt,
      List<ReturnInspected> inspections,
      List<ApprovalDecided> approvals,
      List<ExceptionView> exceptions,
      List<StepView> steps,
      List<AuditEntry> audit,
      Optional<StoreCreditIssued> storeCreditIssued) {}

  public Optional<StoredReturn> find(ReturnId id) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT payload::text AS payload, event_id, sequence, received_at"
                      + " FROM returns WHERE return_id = ?")) {
            ps.setObject(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new StoredReturn(
                      ProtocolJson.decode(rs.getString("payload"), ReturnAccepted.class),
                      new EventId(Sql.getUuid(rs, "event_id")),
                      rs.getLong("sequence"),
                      Sql.getInstant(rs, "received_at"),
                      InspectionReader.forReturn(c, id),
                      ApprovalReader.forReturn(c, id),
                      ExceptionReader.forReturn(c, id),
                      StepReader.forReturn(c, id),
                      AuditLog.forReturn(c, id),
                      StoreCreditIssueReader.forReturn(c, id)));
            }
          }
        });
  }
}
