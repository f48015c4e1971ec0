package io.rebound.edge.returns.policy.ledger;

import io.rebound.edge.credit.CreditBlocks;
import io.rebound.edge.returns.policy.LedgerEntries;
import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PriorReturn;
import io.rebound.edge.returns.policy.SaleLineKey;
import io.rebound.edge.store.StorageException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.money.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link PolicyLedger} on the accept task's write connection (tables of {@code
 * V2__policy_ledger.sql}): reads see every earlier return, including uncommitted ones of the same
 * group commit, and {@link #record} writes in the same transaction as the return itself.
 */
public final class SqlPolicyLedger implements PolicyLedger {
  private final Connection c;

  public SqlPolicyLedger(Connection c) {
    this.c = c;
  }

  @Override
  public Money offlineCashIssued(LocalDate storeDay, Currency currency) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_offline_cash"
                + " WHERE store_day = ? AND currency = ?")) {
      ps.setString(1, storeDay.toString());
      ps.setString(2, currency.getCurrencyCode());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return Money.ofMinor(rs.getLong(1), currency);
      }
    } catch (SQLException e) {
      throw failed("reading offline cash of " + storeDay, e);
    }
  }

  @Override
  public int noReceiptReturns(String customerId, LocalDate storeDay) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM ledger_no_receipt WHERE customer_id = ? AND store_day = ?")) {
      ps.setString(1, customerId);
      ps.setString(2, storeDay.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw failed("reading no-receipt returns of a customer", e);
    }
  }

  @Override
  public boolean storeCreditNumberAvailable() {
    try {
      return CreditBlocks.remaining(c) > 0;
    } catch (SQLException e) {
      throw failed("reading the store-credit blocks", e);
    }
  }

  @Override
  public Optional<PriorReturn> priorReturn(SaleLineKey line) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT MIN(return_id), SUM(quantity) FROM ledger_sale_lines"
                + " WHERE sale_id = ? AND line_key = ?")) {
      ps.setString(1, line.saleId());
      ps.setString(2, line.lineKey());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        String first = rs.getString(1);
        return first == null
            ? Optional.empty()
            : Optional.of(new PriorReturn(ReturnId.parse(first), rs.getInt(2)));
      }
    } catch (SQLException e) {
      throw failed("reading the sale-line ledger", e);
    }
  }

  /** Adds an accepted return's entries; call in the transaction that stores the return. */
  public void record(ReturnId returnId, LedgerEntries entries) throws SQLException {
    String day = entries.storeDay().toString();
    if (entries.offlineCash().isPresent()) {
      Money cash = entries.offlineCash().get();
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO ledger_offline_cash (return_id, store_day, currency, amount_minor)"
                  + " VALUES (?, ?, ?, ?)")) {
        ps.setString(1, returnId.toString());
        ps.setString(2, day);
        ps.setString(3, cash.currency().getCurrencyCode());
        ps.setLong(4, cash.minorUnits());
        ps.executeUpdate();
      }
    }
    if (entries.noReceiptCustomer().isPresent()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO ledger_no_receipt (customer_id, store_day, return_id) VALUES (?, ?, ?)")) {
        ps.setString(1, entries.noReceiptCustomer().get());
        ps.setString(2, day);
        ps.setString(3, returnId.toString());
        ps.executeUpdate();
      }
    }
    recordSaleLines(returnId, entries.saleLines());
  }

  private void recordSaleLines(ReturnId returnId, Map<SaleLineKey, Integer> lines)
      throws SQLException {
    if (lines.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ledger_sale_lines (sale_id, line_key, return_id, quantity)"
                + " VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<SaleLineKey, Integer> e : lines.entrySet()) {
        ps.setString(1, e.getKey().saleId());
        ps.setString(2, e.getKey().lineKey());
        ps.setString(3, returnId.toString());
        ps.setInt(4, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static StorageException failed(String what, SQLException e) {
    return new StorageException(what + " failed: " + e.getMessage(), e);
  }
}
