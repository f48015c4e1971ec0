package io.rebound.edge.pending;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.outbox.PublishAttempts;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the pending queue ({@link PendingSnapshot}) in one read transaction: every figure of a
 * snapshot is from the same database state. The outbox rows come through the partial index of
 * pending rows, the refunds through {@code returns_by_refund} (V9).
 */
@ApplicationScoped
public class PendingQueries {
  private static final String EVENTS =
      "SELECT sequence, event_id, event_type, return_id, created_at FROM outbox"
          + " WHERE state = 'PENDING' ORDER BY sequence LIMIT ?";
  private static final String EVENT_COUNT = "SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'";
  private static final String OWED_WHERE =
      " FROM returns WHERE store_id = ? AND refund_status IN ('DEFERRED', 'PENDING_APPROVAL')";
  private static final String REFUNDS =
      "SELECT return_id, terminal_id, accepted_at, status, refund_method, refund_status,"
          + " currency, total_minor"
          + OWED_WHERE
          + " ORDER BY return_id LIMIT ?";
  private static final String REFUND_TOTALS =
      "SELECT currency, COUNT(*), SUM(total_minor)" + OWED_WHERE + " GROUP BY currency";
  private static final String REFUSED =
      "SELECT sequence, event_id, event_type, return_id, acked_at FROM outbox"
          + " WHERE ack_outcome = 'DEAD_LETTERED' ORDER BY sequence DESC LIMIT 20";

  private final ReadPool reads;
  private final PublishAttempts attempts;
  private final Clock clock;
  private final String store;
  private final int limit;
  private final int blockedAfter;

  PendingQueries(ReadPool reads, PublishAttempts attempts, Clock clock, EdgeConfig config) {
    this.reads = reads;
    this.attempts = attempts;
    this.clock = clock;
    this.store = config.storeId().value();
    this.limit = config.ui().pendingLimit();
    this.blockedAfter = Math.max(1, config.ui().blockedAfterAttempts());
  }

  /** The queue now. */
  public PendingSnapshot snapshot() {
    Instant now = clock.instant();
    return reads.read(
        c -> {
          List<PendingSnapshot.PendingEvent> events = events(c);
          long eventCount = count(c);
          List<PendingSnapshot.Total> totals = new ArrayList<>();
          long refundCount = refundTotals(c, totals);
          return new PendingSnapshot(
              now,
              blockedAfter,
              eventCount,
              events.stream().filter(e -> e.state() == PendingState.BLOCKED).count(),
              events,
              refundCount,
              totals,
              refunds(c),
              refused(c));
        });
  }

  /** The unacknowledged event of {@code sequence}, if it is one. */
  public Optional<PendingSnapshot.PendingEvent> pendingEvent(long sequence) {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT sequence, event_id, event_type, return_id, created_at FROM outbox"
                      + " WHERE sequence = ? AND state = 'PENDING'")) {
            ps.setLong(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(event(rs)) : Optional.empty();
            }
          }
        });
  }

  private List<PendingSnapshot.PendingEvent> events(Connection c) throws SQLException {
    List<PendingSnapshot.PendingEvent> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(EVENTS)) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(event(rs));
        }
      }
    }
    return out;
  }

  private PendingSnapshot.PendingEvent event(ResultSet rs) throws SQLException {
    long sequence = rs.getLong(1);
    var tried = attempts.of(sequence);
    int count = tried.map(PublishAttempts.Attempts::count).orElse(0);
    return new PendingSnapshot.PendingEvent(
        sequence,
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Instant.ofEpochMilli(rs.getLong(5)),
        count,
        tried.map(PublishAttempts.Attempts::last).orElse(null),
        PendingState.of(count, blockedAfter));
  }

  private static long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(EVENT_COUNT);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private long refundTotals(Connection c, List<PendingSnapshot.Total> totals) throws SQLException {
    long count = 0;
    try (PreparedStatement ps = c.prepareStatement(REFUND_TOTALS + " ORDER BY currency")) {
      ps.setString(1, store);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          count += rs.getLong(2);
          totals.add(total(rs.getString(1), rs.getLong(3)));
        }
      }
    }
    return count;
  }

  private List<PendingSnapshot.OwedRefund> refunds(Connection c) throws SQLException {
    List<PendingSnapshot.OwedRefund> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(REFUNDS)) {
      ps.setString(1, store);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new PendingSnapshot.OwedRefund(
                  rs.getString(1),
                  rs.getString(2),
                  Instant.ofEpochMilli(rs.getLong(3)),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  total(rs.getString(7), rs.getLong(8))));
        }
      }
    }
    return out;
  }

  private static List<PendingSnapshot.RefusedEvent> refused(Connection c) throws SQLException {
    List<PendingSnapshot.RefusedEvent> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(REFUSED);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new PendingSnapshot.RefusedEvent(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5))));
      }
    }
    return out;
  }

  private static PendingSnapshot.Total total(String currency, long minor) {
    Money m = Money.ofMinor(minor, Money.currency(currency));
    return new PendingSnapshot.Total(m.amountText(), currency);
  }
}
