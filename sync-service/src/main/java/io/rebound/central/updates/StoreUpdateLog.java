package io.rebound.central.updates;

import io.rebound.central.db.Sql;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import io.rebound.protocols.requests.ReturnUpdate;
import io.rebound.protocols.requests.ReturnUpdates;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * SQL of the per-store update log ({@code store_updates}, Flyway V18): how each return's refund and
 * ERP postings ended, told to the store. {@link #append} runs inside the caller's transaction (the
 * one that records the step's final state); its seq comes from an upsert on {@code
 * store_update_counters} that row-locks the store's counter until commit, so a store's rows commit
 * in seq order and a reader paging by {@code seq > cursor} never skips one.
 */
public final class StoreUpdateLog {
  private StoreUpdateLog() {}

  /** What to append: one step of one return reached {@code state}. */
  public record Entry(
      StoreId store,
      ReturnId returnId,
      long stepId,
      OutcomeKind kind,
      OutcomeState state,
      String reference,
      String detail,
      Instant at) {}

  /** Appends {@code e} in the caller's transaction; returns its seq. */
  public static long append(Connection c, Entry e) throws SQLException {
    long seq = nextSeq(c, e.store());
    Money amount =
        e.kind() == OutcomeKind.REFUND ? refundAmount(c, e.returnId()).orElse(null) : null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO store_updates (store_id, seq, return_id, step_id, kind, state, reference,"
                + " detail, currency, amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, e.store().value());
      ps.setLong(2, seq);
      ps.setObject(3, e.returnId().value());
      ps.setLong(4, e.stepId());
      ps.setString(5, e.kind().name());
      ps.setString(6, e.state().name());
      ps.setString(7, clip(e.reference(), 128));
      ps.setString(8, clip(e.detail(), ReturnUpdate.MAX_DETAIL));
      ps.setString(9, amount == null ? null : amount.currency().getCurrencyCode());
      ps.setBigDecimal(10, amount == null ? null : amount.amount());
      Sql.setInstant(ps, 11, e.at());
      ps.executeUpdate();
    }
    return seq;
  }

  /**
   * Records that the store asked with cursor {@code after}: it has applied every entry up to it.
   * Only raises the acknowledged seq, and never above what was logged.
   */
  public static void acknowledge(Connection c, StoreId store, long after, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE store_update_counters SET acked_seq = LEAST(?, last_seq), acked_at = ?"
                + " WHERE store_id = ? AND acked_seq < LEAST(?, last_seq)")) {
      ps.setLong(1, after);
      Sql.setInstant(ps, 2, at);
      ps.setString(3, store.value());
      ps.setLong(4, after);
      ps.executeUpdate();
    }
  }

  /** The highest seq the store has acknowledged (0 if none). */
  public static long acknowledged(Connection c, StoreId store) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT acked_seq FROM store_update_counters WHERE store_id = ?")) {
      ps.setString(1, store.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /** The store's entries above {@code after}, at most {@code limit}, in seq order. */
  public static ReturnUpdates page(Connection c, StoreId store, long after, int limit)
      throws SQLException {
    List<ReturnUpdate> updates = new ArrayList<>();
    boolean more = false;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, return_id, kind, state, reference, detail, currency, amount, created_at"
                + " FROM store_updates WHERE store_id = ? AND seq > ? ORDER BY seq LIMIT ?")) {
      ps.setString(1, store.value());
      ps.setLong(2, after);
      ps.setInt(3, limit + 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (updates.size() == limit) {
            more = true;
            break;
          }
          updates.add(row(rs));
        }
      }
    }
    return ReturnUpdates.page(store, updates, after, more);
  }

  private static ReturnUpdate row(ResultSet rs) throws SQLException {
    String currency = rs.getString("currency");
    BigDecimal amount = rs.getBigDecimal("amount");
    return ReturnUpdate.of(
        rs.getLong("seq"),
        new ReturnId(Sql.getUuid(rs, "return_id")),
        OutcomeKind.valueOf(rs.getString("kind")),
        OutcomeState.valueOf(rs.getString("state")),
        rs.getString("reference"),
        rs.getString("detail"),
        currency == null ? null : new Money(amount, Currency.getInstance(currency.strip())),
        Sql.getInstant(rs, "created_at"));
  }

  private static long nextSeq(Connection c, StoreId store) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO store_update_counters (store_id, last_seq) VALUES (?, 1)"
                + " ON CONFLICT (store_id) DO UPDATE"
                + " SET last_seq = store_update_counters.last_seq + 1 RETURNING last_seq")) {
      ps.setString(1, store.value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The refund's amount as the return was accepted; empty if central has not stored it. */
  private static Optional<Money> refundAmount(Connection c, ReturnId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT currency, refund_amount FROM returns WHERE return_id = ?")) {
      ps.setObject(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Money(rs.getBigDecimal(2), Currency.getInstance(rs.getString(1).strip())));
      }
    }
  }

  /** Longer texts are cut (on a code point) so the page always validates. */
  private static String clip(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.codePointCount(0, text.length()) <= max
        ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
