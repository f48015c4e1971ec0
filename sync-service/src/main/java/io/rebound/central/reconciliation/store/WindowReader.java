package io.rebound.central.reconciliation.store;

import io.rebound.central.approvals.ApprovalReader;
import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepState;
import io.rebound.central.reconciliation.model.ReturnFacts;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.returns.Tender;
import io.rebound.protocols.returns.TenderType;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the expected side of a window's returns, page by page in (accepted_at, return_id) order
 * (keyset: a page never re-reads or skips a return, whatever arrives meanwhile).
 */
@Singleton
public class WindowReader {
  private static final String FILTER =
      " FROM returns WHERE accepted_at >= ? AND accepted_at < ?"
          + " AND (?::text IS NULL OR store_id = ?::text)";

  private final Database database;

  @Inject
  public WindowReader(Database database) {
    this.database = database;
  }

  /** Where the next page starts: after this return. */
  public record Cursor(Instant acceptedAt, UUID returnId) {}

  public record Page(List<ReturnFacts> returns, Cursor next) {}

  public long count(ReconciliationWindow window) {
    return database.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + FILTER)) {
            bindWindow(ps, window);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** {@code after} null = the first page; {@code next} null = this was the last page. */
  public Page page(ReconciliationWindow window, Cursor after, int limit) {
    return database.read(
        c -> {
          List<ReturnFacts> out = new ArrayList<>();
          Map<UUID, Map<StepKind, StepState>> steps = new HashMap<>();
          List<Row> rows = rows(c, window, after, limit);
          if (!rows.isEmpty()) {
            steps = steps(c, rows);
          }
          for (Row row : rows) {
            out.add(facts(c, row, steps.getOrDefault(row.returnId(), Map.of())));
          }
          Cursor next =
              rows.size() < limit
                  ? null
                  : new Cursor(
                      rows.get(rows.size() - 1).acceptedAt(), rows.get(rows.size() - 1).returnId());
          return new Page(out, next);
        });
  }

  private record Row(UUID returnId, Instant acceptedAt, Instant receivedAt, String payload) {}

  private static List<Row> rows(Connection c, ReconciliationWindow window, Cursor after, int limit)
      throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT return_id, accepted_at, received_at, payload::text"
                + FILTER
                + " AND (?::timestamptz IS NULL OR (accepted_at, return_id) > (?::timestamptz, ?::uuid))"
                + " ORDER BY accepted_at, return_id LIMIT ?")) {
      bindWindow(ps, window);
      Sql.setInstant(ps, 5, after == null ? null : after.acceptedAt());
      Sql.setInstant(ps, 6, after == null ? null : after.acceptedAt());
      ps.setObject(7, after == null ? null : after.returnId());
      ps.setInt(8, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  Sql.getUuid(rs, "return_id"),
                  Sql.getInstant(rs, "accepted_at"),
                  Sql.getInstant(rs, "received_at"),
                  rs.getString(4)));
        }
      }
    }
    return rows;
  }

  private static Map<UUID, Map<StepKind, StepState>> steps(Connection c, List<Row> rows)
      throws SQLException {
    Map<UUID, Map<StepKind, StepState>> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT return_id, kind, state FROM process_steps WHERE return_id = ANY (?)"
                + " AND kind IN ('REFUND', 'CREDIT_NOTE')")) {
      ps.setArray(1, c.createArrayOf("uuid", rows.stream().map(Row::returnId).toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(Sql.getUuid(rs, "return_id"), k -> new EnumMap<>(StepKind.class))
              .put(
                  StepKind.valueOf(rs.getString("kind")), StepState.valueOf(rs.getString("state")));
        }
      }
    }
    return out;
  }

  private static ReturnFacts facts(Connection c, Row row, Map<StepKind, StepState> steps)
      throws SQLException {
    ReturnAccepted a = ProtocolJson.decode(row.payload(), ReturnAccepted.class);
    ReturnStatus status = a.status();
    Refund refund = a.refund();
    if (status == ReturnStatus.PENDING_APPROVAL) {
      List<ApprovalDecided> decisions = ApprovalReader.forReturn(c, a.returnId());
      if (!decisions.isEmpty()) {
        ApprovalDecided latest = decisions.get(decisions.size() - 1);
        status = latest.status();
        refund = latest.refund();
      }
    }
    String reference =
        a.request().originalSale() == null
            ? null
            : a.request().originalSale().tenders().stream()
                .filter(t -> t.type() == TenderType.CARD)
                .map(Tender::paymentReference)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    return new ReturnFacts(
        a.returnId(),
        a.storeId(),
        row.acceptedAt(),
        row.receivedAt(),
        status,
        refund,
        reference,
        Optional.ofNullable(steps.get(StepKind.REFUND)),
        Optional.ofNullable(steps.get(StepKind.CREDIT_NOTE)));
  }

  private static void bindWindow(PreparedStatement ps, ReconciliationWindow window)
      throws SQLException {
    Sql.setInstant(ps, 1, window.start());
    Sql.setInstant(ps, 2, window.end());
    String store = window.storeId() == null ? null : window.storeId().value();
    ps.setString(3, store);
    ps.setString(4, store);
  }
}
