package io.rebound.edge.sync.testing;

import io.rebound.edge.store.ReadPool;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Reads the agent's real SQLite outbox and returns tables for assertions. */
public final class Outbox {
  /** One outbox row joined with its return's sync state. */
  public record Row(
      long sequence,
      String eventId,
      String state,
      Long ackedAt,
      String ackOutcome,
      String syncState,
      byte[] envelope) {}

  private final ReadPool reads;

  public Outbox(ReadPool reads) {
    this.reads = reads;
  }

  public Optional<Row> forReturn(String returnId) {
    return reads.read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT o.sequence, o.event_id, o.state, o.acked_at, o.ack_outcome,"
                      + " r.sync_state, o.envelope FROM outbox o"
                      + " LEFT JOIN returns r ON r.event_id = o.event_id WHERE o.return_id = ?"
                      + " ORDER BY o.sequence")) {
            s.setString(1, returnId);
            try (ResultSet rs = s.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              long acked = rs.getLong(4);
              Long ackedAt = rs.wasNull() ? null : acked;
              return Optional.of(
                  new Row(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      ackedAt,
                      rs.getString(5),
                      rs.getString(6),
                      rs.getBytes(7)));
            }
          }
        });
  }

  public Row row(String returnId) {
    return forReturn(returnId)
        .orElseThrow(() -> new AssertionError("no outbox row for " + returnId));
  }
}
