package io.rebound.edge.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rebound.edge.store.Database;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.ids.EventId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real SQLite file, through the real write lane and read pool. */
class OutboxStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  @TempDir Path dir;
  private Database db;
  private WriteLane lane;
  private ReadPool reads;
  private OutboxStore store;
  private final Clock clock = Clock.systemUTC();

  @BeforeEach
  void open() {
    db = Database.open(dir);
    lane = WriteLane.start(db, 16, new SimpleMeterRegistry());
    reads = ReadPool.open(db, 2);
    store = new OutboxStore(reads, lane);
  }

  @AfterEach
  void close() {
    lane.close();
    reads.close();
    db.close();
  }

  @Test
  void pending_rows_come_in_sequence_order_after_the_cursor_without_acked_ones() {
    EventId e1 = insert(1);
    EventId e2 = insert(2);
    EventId e3 = insert(3);
    EventId e4 = insert(4);
    store.markAcked(List.of(ack(e2)), T0).join();

    assertThat(store.pendingAfter(0, 10))
        .extracting(OutboxRow::eventId)
        .containsExactly(e1, e3, e4);
    assertThat(store.pendingAfter(1, 1)).extracting(OutboxRow::sequence).containsExactly(3L);
    assertThat(store.pendingAfter(4, 10)).isEmpty();
  }

  @Test
  void the_published_bytes_are_the_stored_envelope() {
    insert(1);

    assertThat(new String(store.pendingAfter(0, 1).get(0).envelope(), StandardCharsets.UTF_8))
        .isEqualTo(envelope(1));
  }

  @Test
  void an_ack_marks_the_row_acked_and_its_return_synced() {
    EventId e1 = insert(1);

    AckMarking marking = store.markAcked(List.of(ack(e1)), T0).join();

    assertThat(marking).isEqualTo(new AckMarking(1, 1));
    assertThat(column("SELECT state || ',' || acked_at || ',' || ack_outcome FROM outbox"))
        .isEqualTo("ACKED," + T0.toEpochMilli() + ",STORED");
    assertThat(column("SELECT sync_state || ',' || synced_at FROM returns"))
        .isEqualTo("SYNCED," + T0.toEpochMilli());
  }

  @Test
  void a_repeated_ack_changes_nothing() {
    EventId e1 = insert(1);
    store.markAcked(List.of(ack(e1)), T0).join();

    AckMarking again =
        store
            .markAcked(
                List.of(new Ack(e1, 1, AckOutcome.DUPLICATE, null), ack(EventId.mint(clock))),
                T0.plusSeconds(60))
            .join();

    assertThat(again).isEqualTo(new AckMarking(2, 0));
    assertThat(column("SELECT acked_at || ',' || ack_outcome FROM outbox"))
        .isEqualTo(T0.toEpochMilli() + ",STORED");
    assertThat(column("SELECT synced_at FROM returns"))
        .isEqualTo(String.valueOf(T0.toEpochMilli()));
  }

  @Test
  void stats_count_pending_rows_and_date_the_oldest() {
    EventId e1 = insert(1);
    insert(2);
    insert(3);
    store.markAcked(List.of(ack(e1)), T0.plusSeconds(5)).join();

    OutboxStats stats = store.stats(T0.plusSeconds(100), true);

    assertThat(stats.depth()).isEqualTo(2);
    assertThat(stats.oldestPendingAt()).contains(T0.plusSeconds(2));
    assertThat(stats.oldestPendingAgeSeconds(T0.plusSeconds(100))).isEqualTo(98);
    assertThat(stats.lastAckAt()).contains(T0.plusSeconds(5));
  }

  @Test
  void an_empty_outbox_has_no_backlog() {
    OutboxStats stats = store.stats(T0, true);

    assertThat(stats.depth()).isZero();
    assertThat(stats.oldestPendingAgeSeconds(T0)).isZero();
    assertThat(stats.lastAckAt()).isEmpty();
  }

  private static Ack ack(EventId id) {
    return new Ack(id, 1, AckOutcome.STORED, null);
  }

  private static String envelope(long sequence) {
    return "{\"sequence\":" + sequence + "}";
  }

  /** One outbox row created at T0 + sequence seconds, and its return. */
  private EventId insert(long sequence) {
    EventId eventId = EventId.mint(clock);
    String returnId = UUID.randomUUID().toString();
    lane.submit(
            c -> {
              try (PreparedStatement o =
                      c.prepareStatement(
                          "INSERT INTO outbox (sequence, event_id, event_type, return_id, envelope,"
                              + " state, created_at) VALUES (?, ?, 'return.accepted', ?, ?,"
                              + " 'PENDING', ?)");
                  PreparedStatement r =
                      c.prepareStatement(
                          "INSERT INTO returns (return_id, store_id, terminal_id, status, mode,"
                              + " accepted_at, currency, total_minor, refund_method,"
                              + " refund_status, request, response, sequence, event_id,"
                              + " sync_state) VALUES (?, 'store-1', 'POS-01', 'ACCEPTED',"
                              + " 'OFFLINE', 0, 'USD', 4999, 'ORIGINAL_TENDER', 'DEFERRED',"
                              + " x'7b7d', x'7b7d', ?, ?, 'PENDING')")) {
                o.setLong(1, sequence);
                o.setString(2, eventId.toString());
                o.setString(3, returnId);
                o.setBytes(4, envelope(sequence).getBytes(StandardCharsets.UTF_8));
                o.setLong(5, T0.plusSeconds(sequence).toEpochMilli());
                o.executeUpdate();
                r.setString(1, returnId);
                r.setLong(2, sequence);
                r.setString(3, eventId.toString());
                r.executeUpdate();
                return null;
              }
            })
        .join();
    return eventId;
  }

  private String column(String sql) {
    return reads.read(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql);
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
          }
        });
  }
}
