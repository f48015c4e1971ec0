package io.rebound.edge.returns.query;

import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.RefundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Totals of the refunds still owed ({@link PendingRefunds}), summed per currency from the {@code
 * returns} table. Read at most once per {@link #MAX_AGE}, so status calls never cost more.
 */
@ApplicationScoped
public class PendingRefundsQuery {
  static final Duration MAX_AGE = Duration.ofSeconds(1);
  private static final String SQL =
      "SELECT currency, COUNT(*), SUM(total_minor) FROM returns"
          + " WHERE refund_status IN ('"
          + RefundStatus.DEFERRED.name()
          + "', '"
          + RefundStatus.PENDING_APPROVAL.name()
          + "') GROUP BY currency ORDER BY currency";

  private final ReadPool reads;
  private final Clock clock;
  private final AtomicReference<PendingRefunds> cached = new AtomicReference<>();

  PendingRefundsQuery(ReadPool reads, Clock clock) {
    this.reads = reads;
    this.clock = clock;
  }

  /** Figures at most {@link #MAX_AGE} old. */
  public PendingRefunds current() {
    Instant now = clock.instant();
    PendingRefunds last = cached.get();
    if (last != null && Duration.between(last.readAt(), now).compareTo(MAX_AGE) < 0) {
      return last;
    }
    PendingRefunds read = read(now);
    cached.set(read);
    return read;
  }

  private PendingRefunds read(Instant now) {
    return reads.read(
        c -> {
          long count = 0;
          List<Money> amounts = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              count += rs.getLong(2);
              amounts.add(Money.ofMinor(rs.getLong(3), Money.currency(rs.getString(1))));
            }
          }
          return new PendingRefunds(count, amounts, now);
        });
  }
}
