package io.rebound.central.reconciliation.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.db.Sql;
import io.rebound.central.db.SqlWork;
import io.rebound.central.reconciliation.model.CurrencyTotals;
import io.rebound.central.reconciliation.model.Finding;
import io.rebound.central.reconciliation.model.RunState;
import io.rebound.central.reconciliation.model.RunView;
import io.rebound.protocols.money.Money;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code reconciliation_runs} and {@code reconciliation_findings} (Flyway V15). */
@Singleton
public class RunRepository {
  private static final String RUN_COLUMNS =
      "id, window_from, window_to, store_id, state, started_at, finished_at, started_by,"
          + " payment_kind, erp_kind, returns_checked, mismatches, in_progress, unverified,"
          + " totals::text, error";

  private final Database database;
  private final ObjectMapper json;

  @Inject
  public RunRepository(Database database, ObjectMapper json) {
    this.database = database;
    this.json = json;
  }

  /** The counts a finished run stores. */
  public record Summary(int returnsChecked, int mismatches, int inProgress, int unverified) {}

  /** Records a RUNNING run; returns its id. */
  public long start(
      ReconciliationWindow window,
      String startedBy,
      String paymentKind,
      String erpKind,
      Instant at) {
    return write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO reconciliation_runs (window_from, window_to, store_id, state,"
                      + " started_at, started_by, payment_kind, erp_kind)"
                      + " VALUES (?, ?, ?, 'RUNNING', ?, ?, ?, ?) RETURNING id")) {
            ps.setObject(1, window.from());
            ps.setObject(2, window.to());
            ps.setString(3, window.storeId() == null ? null : window.storeId().value());
            Sql.setInstant(ps, 4, at);
            ps.setString(5, startedBy);
            ps.setString(6, paymentKind);
            ps.setString(7, erpKind);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** RUNNING → COMPLETED with its findings and totals, in one transaction. */
  public void complete(
      long id, Summary summary, List<CurrencyTotals> totals, List<Finding> findings, Instant at) {
    String totalsJson = totalsJson(totals);
    write(
        c -> {
          FindingRows.insert(c, id, findings);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE reconciliation_runs SET state = ?, finished_at = ?, returns_checked = ?,"
                      + " mismatches = ?, in_progress = ?, unverified = ?, totals = ?::jsonb"
                      + " WHERE id = ? AND state = 'RUNNING'")) {
            ps.setString(1, RunState.COMPLETED.name());
            Sql.setInstant(ps, 2, at);
            ps.setInt(3, summary.returnsChecked());
            ps.setInt(4, summary.mismatches());
            ps.setInt(5, summary.inProgress());
            ps.setInt(6, summary.unverified());
            ps.setString(7, totalsJson);
            ps.setLong(8, id);
            requireOne(ps.executeUpdate(), id);
          }
          return null;
        });
  }

  /** RUNNING → FAILED naming why (nothing of the run's findings is kept). */
  public void fail(long id, String error, Instant at) {
    write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE reconciliation_runs SET state = 'FAILED', finished_at = ?, error = ?"
                      + " WHERE id = ? AND state = 'RUNNING'")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, error);
            ps.setLong(3, id);
            requireOne(ps.executeUpdate(), id);
          }
          return null;
        });
  }

  public Optional<RunView> find(long id) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT " + RUN_COLUMNS + " FROM reconciliation_runs WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(view(rs, FindingRows.ofRun(c, id))) : Optional.empty();
            }
          }
        });
  }

  /** Newest first; {@code before} 0 = from the newest. Findings are not included. */
  public List<RunView> list(long before, int limit) {
    return database.read(
        c -> {
          List<RunView> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + RUN_COLUMNS
                      + " FROM reconciliation_runs WHERE (? = 0 OR id < ?) ORDER BY id DESC"
                      + " LIMIT ?")) {
            ps.setLong(1, before);
            ps.setLong(2, before);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(view(rs, List.of()));
              }
            }
          }
          return out;
        });
  }

  private RunView view(ResultSet rs, List<Finding> findings) throws SQLException {
    return new RunView(
        rs.getLong("id"),
        rs.getObject("window_from", LocalDate.class),
        rs.getObject("window_to", LocalDate.class),
        rs.getString("store_id"),
        RunState.valueOf(rs.getString("state")),
        Sql.getInstant(rs, "started_at"),
        Sql.getInstant(rs, "finished_at"),
        rs.getString("started_by"),
        rs.getString("payment_kind"),
        rs.getString("erp_kind"),
        rs.getInt("returns_checked"),
        rs.getInt("mismatches"),
        rs.getInt("in_progress"),
        rs.getInt("unverified"),
        totals(rs.getString("totals")),
        rs.getString("error"),
        findings);
  }

  /** Totals as stored: decimal strings, never floating point. */
  private record StoredTotals(
      String currency, String expected, String refundedAtGateway, String creditedInLedger) {}

  private String totalsJson(List<CurrencyTotals> totals) {
    try {
      return json.writeValueAsString(
          totals.stream()
              .map(
                  t ->
                      new StoredTotals(
                          t.currency(),
                          t.expected().amountText(),
                          t.refundedAtGateway().amountText(),
                          t.creditedInLedger().amountText()))
              .toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("totals: not serializable", e);
    }
  }

  private List<CurrencyTotals> totals(String text) {
    try {
      List<StoredTotals> stored = json.readValue(text, new TypeReference<List<StoredTotals>>() {});
      return stored.stream()
          .map(
              t ->
                  new CurrencyTotals(
                      t.currency(),
                      Money.of(t.expected(), t.currency()),
                      Money.of(t.refundedAtGateway(), t.currency()),
                      Money.of(t.creditedInLedger(), t.currency())))
          .toList();
    } catch (JsonProcessingException e) {
      throw new DatabaseException("reconciliation_runs.totals: unreadable: " + e.getMessage(), e);
    }
  }

  private static void requireOne(int updated, long id) throws SQLException {
    if (updated != 1) {
      throw new SQLException("reconciliation run " + id + " is no longer RUNNING", "55000");
    }
  }

  private <T> T write(SqlWork<T> work) {
    try {
      return database.inTransaction(work);
    } catch (SQLException e) {
      throw new DatabaseException("central database unavailable: " + e.getMessage(), e);
    }
  }
}
