package io.rebound.edge.outbox;

import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.ids.EventId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The relay's view of the {@code outbox} table: pending reads through the {@link ReadPool}, ack
 * marking through the {@link WriteLane}. Rows are never deleted.
 */
@ApplicationScoped
public class OutboxStore {
  private static final String PENDING_AFTER =
      "SELECT sequence, event_id, envelope FROM outbox"
          + " WHERE state = 'PENDING' AND sequence > ? ORDER BY sequence LIMIT ?";
  private static final String MARK_OUTBOX =
      "UPDATE outbox SET state = 'ACKED', acked_at = ?, ack_outcome = ?"
          + " WHERE event_id = ? AND state = 'PENDING'";
  private static final String MARK_RETURN =
      "UPDATE returns SET sync_state = 'SYNCED', synced_at = ?"
          + " WHERE event_id = ? AND sync_state = 'PENDING'";
  private static final String DEPTH = "SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'";
  private static final String OLDEST =
      "SELECT created_at FROM outbox WHERE state = 'PENDING' ORDER BY sequence LIMIT 1";
  private static final String LAST_ACK = "SELECT MAX(acked_at) FROM outbox";

  private final ReadPool reads;
  private final WriteLane writes;

  public OutboxStore(ReadPool reads, WriteLane writes) {
    this.reads = reads;
    this.writes = writes;
  }

  /** Up to {@code limit} PENDING rows with a sequence above {@code cursor}, in sequence order. */
  public List<OutboxRow> pendingAfter(long cursor, int limit) {
    return reads.read(
        c -> {
          try (PreparedStatement s = c.prepareStatement(PENDING_AFTER)) {
            s.setLong(1, cursor);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
              List<OutboxRow> rows = new ArrayList<>(limit);
              while (rs.next()) {
                rows.add(
                    new OutboxRow(rs.getLong(1), EventId.parse(rs.getString(2)), rs.getBytes(3)));
              }
              return rows;
            }
          }
        });
  }

  /** Backlog figures: a count on the partial index plus one indexed row lookup. */
  public OutboxStats stats(Instant now, boolean withLastAck) {
    return reads.read(
        c -> {
          long depth = singleLong(c, DEPTH).orElse(0L);
          Optional<Instant> oldest = singleLong(c, OLDEST).map(Instant::ofEpochMilli);
          Optional<Instant> lastAck =
              withLastAck ? singleLong(c, LAST_ACK).map(Instant::ofEpochMilli) : Optional.empty();
          return new OutboxStats(depth, oldest, lastAck, now);
        });
  }

  /**
   * Marks the named rows ACKED and their returns SYNCED, all in one write-lane task (one commit).
   * Acks for rows already ACKED or unknown change nothing.
   */
  public CompletableFuture<AckMarking> markAcked(List<Ack> acks, Instant ackedAt) {
    return writes.submit(c -> mark(c, acks, ackedAt.toEpochMilli()));
  }

  private static AckMarking mark(Connection c, List<Ack> acks, long ackedAtMillis)
      throws SQLException {
    int newly = 0;
    try (PreparedStatement outbox = c.prepareStatement(MARK_OUTBOX);
        PreparedStatement returns = c.prepareStatement(MARK_RETURN)) {
      for (Ack ack : acks) {
        String eventId = ack.eventId().toString();
        outbox.setLong(1, ackedAtMillis);
        outbox.setString(2, ack.outcome().name());
        outbox.setString(3, eventId);
        if (outbox.executeUpdate() == 1) {
          newly++;
          returns.setLong(1, ackedAtMillis);
          returns.setString(2, eventId);
          returns.executeUpdate();
        }
      }
    }
    return new AckMarking(acks.size(), newly);
  }

  private static Optional<Long> singleLong(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      if (rs.next()) {
        long value = rs.getLong(1);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
      }
      return Optional.empty();
    }
  }
}
