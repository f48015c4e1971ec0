package io.rebound.edge.returns.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rebound.edge.store.Database;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.money.Money;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real SQLite file: refunds still owed, counted and summed per currency. */
class PendingRefundsQueryTest {
  @TempDir Path dir;
  private Database db;
  private WriteLane lane;
  private ReadPool reads;
  private final StepClock clock = new StepClock(Instant.parse("2026-11-26T10:00:00Z"));
  private PendingRefundsQuery query;
  private long sequence;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    lane = WriteLane.start(db, 16, new SimpleMeterRegistry());
    reads = ReadPool.open(db, 2);
    query = new PendingRefundsQuery(reads, clock);
  }

  @AfterEach
  void close() {
    lane.close();
    reads.close();
    db.close();
  }

  @Test
  void nothing_pending_is_zero_with_no_amounts() {
    assertThat(query.current().count()).isZero();
    assertThat(query.current().amounts()).isEmpty();
  }

  @Test
  void deferred_and_pending_approval_refunds_are_summed_per_currency_the_rest_ignored() {
    insert("USD", 4999, "DEFERRED");
    insert("USD", 1, "PENDING_APPROVAL");
    insert("KWD", 1250, "DEFERRED"); // 1.250 KWD (three decimals)
    insert("JPY", 500, "DEFERRED");
    insert("USD", 10000, "APPROVED");
    insert("USD", 10000, "ISSUED");
    insert("EUR", 10000, "DECLINED");

    PendingRefunds pending = query.current();

    assertThat(pending.count()).isEqualTo(4);
    assertThat(pending.amounts())
        .containsExactly(
            Money.of("500", "JPY"), Money.of("1.250", "KWD"), Money.of("50.00", "USD"));
  }

  @Test
  void figures_are_reread_at_most_once_a_second() {
    insert("USD", 100, "DEFERRED");
    assertThat(query.current().count()).isEqualTo(1);

    insert("USD", 100, "DEFERRED");
    assertThat(query.current().count()).as("cached").isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(query.current().count()).isEqualTo(2);
    assertThat(query.current().amounts()).containsExactly(Money.of("2.00", "USD"));
  }

  private void insert(String currency, long totalMinor, String refundStatus) {
    long seq = ++sequence;
    String returnId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    lane.submit(
            c -> {
              try (PreparedStatement o =
                      c.prepareStatement(
                          "INSERT INTO outbox (sequence, event_id, event_type, return_id, envelope,"
                              + " state, created_at) VALUES (?, ?, 'return.accepted', ?, x'7b7d',"
                              + " 'PENDING', 0)");
                  PreparedStatement r =
                      c.prepareStatement(
                          "INSERT INTO returns (return_id, store_id, terminal_id, status, mode,"
                              + " accepted_at, currency, total_minor, refund_method,"
                              + " refund_status, request, response, sequence, event_id,"
                              + " sync_state) VALUES (?, 'store-1', 'POS-01', 'ACCEPTED',"
                              + " 'OFFLINE', 0, ?, ?, 'ORIGINAL_TENDER', ?, x'7b7d', x'7b7d',"
                              + " ?, ?, 'PENDING')")) {
                o.setLong(1, seq);
                o.setString(2, eventId);
                o.setString(3, returnId);
                o.executeUpdate();
                r.setString(1, returnId);
                r.setString(2, currency);
                r.setLong(3, totalMinor);
                r.setString(4, refundStatus);
                r.setLong(5, seq);
                r.setString(6, eventId);
                r.executeUpdate();
                return null;
              }
            })
        .join();
  }

  private static final class StepClock extends Clock {
    private Instant now;

    StepClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
