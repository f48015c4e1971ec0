package io.rebound.edge.returns.query;

import io.rebound.protocols.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * Returns whose refund is still owed: refund status {@code DEFERRED} (queued until the gateway or
 * central is back) or {@code PENDING_APPROVAL} (waiting for a manager). {@code amounts} has one
 * total per currency (returns' totals), sorted by currency code; empty when nothing is pending.
 */
public record PendingRefunds(long count, List<Money> amounts, Instant readAt) {
  public PendingRefunds {
    amounts = List.copyOf(amounts);
  }
}
