package io.rebound.central.reconciliation.store;

import io.rebound.central.reconciliation.model.Finding;
import io.rebound.central.reconciliation.model.FindingKind;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL of {@code reconciliation_findings}. */
final class FindingRows {
  private FindingRows() {}

  static void insert(Connection c, long runId, List<Finding> findings) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO reconciliation_findings (run_id, kind, return_id, store_id,"
                + " expected_amount, expected_currency, gateway_amount, gateway_currency,"
                + " ledger_amount, ledger_currency, gateway_reference, ledger_reference, message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Finding f : findings) {
        ps.setLong(1, runId);
        ps.setString(2, f.kind().name());
        ps.setObject(3, f.returnId().value());
        ps.setString(4, f.storeId().value());
        money(ps, 5, f.expected());
        money(ps, 7, f.gateway());
        money(ps, 9, f.ledger());
        ps.setString(11, f.gatewayReference());
        ps.setString(12, f.ledgerReference());
        ps.setString(13, f.message());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static List<Finding> ofRun(Connection c, long runId) throws SQLException {
    List<Finding> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM reconciliation_findings WHERE run_id = ? ORDER BY id")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Finding(
                  FindingKind.valueOf(rs.getString("kind")),
                  new ReturnId(rs.getObject("return_id", UUID.class)),
                  StoreId.of(rs.getString("store_id")),
                  money(rs, "expected"),
                  money(rs, "gateway"),
                  money(rs, "ledger"),
                  rs.getString("gateway_reference"),
                  rs.getString("ledger_reference"),
                  rs.getString("message")));
        }
      }
    }
    return out;
  }

  private static void money(PreparedStatement ps, int index, Money money) throws SQLException {
    ps.setBigDecimal(index, money == null ? null : money.amount());
    ps.setString(index + 1, money == null ? null : money.currency().getCurrencyCode());
  }

  private static Money money(ResultSet rs, String prefix) throws SQLException {
    BigDecimal amount = rs.getBigDecimal(prefix + "_amount");
    String currency = rs.getString(prefix + "_currency");
    return amount == null || currency == null ? null : new Money(amount, Money.currency(currency));
  }
}
