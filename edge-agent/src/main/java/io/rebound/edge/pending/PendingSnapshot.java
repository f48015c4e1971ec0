package io.rebound.edge.pending;

import java.time.Instant;
import java.util.List;

/**
 * The store manager's pending queue at one moment: outbox events central has not acknowledged
 * (oldest first, at most {@code rebound.ui.pending-limit}; {@code eventCount} counts all), refunds
 * still owed (return status PENDING_APPROVAL or refund DEFERRED/PENDING_APPROVAL), and the latest
 * events central refused (dead-lettered: acknowledged, so they left the outbox; replay is
 * central's).
 */
public record PendingSnapshot(
    Instant generatedAt,
    int blockedAfterAttempts,
    long eventCount,
    long blockedCount,
    List<PendingEvent> events,
    long refundCount,
    List<Total> refundTotals,
    List<OwedRefund> refunds,
    List<RefusedEvent> refused) {
  public PendingSnapshot {
    events = List.copyOf(events);
    refundTotals = List.copyOf(refundTotals);
    refunds = List.copyOf(refunds);
    refused = List.copyOf(refused);
  }

  /** Money as on the wire: decimal string and ISO currency. */
  public record Total(String amount, String currency) {}

  /** One unacknowledged outbox event. */
  public record PendingEvent(
      long sequence,
      String eventId,
      String type,
      String returnId,
      Instant acceptedAt,
      int attempts,
      Instant lastAttemptAt,
      PendingState state) {}

  /** One refund the store still owes. */
  public record OwedRefund(
      String returnId,
      String terminalId,
      Instant acceptedAt,
      String status,
      String refundMethod,
      String refundStatus,
      Total amount) {}

  /** One event central dead-lettered (the reason is in central's dead-letter table). */
  public record RefusedEvent(
      long sequence, String eventId, String type, String returnId, Instant refusedAt) {}
}
