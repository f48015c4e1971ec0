package io.rebound.edge.status;

import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.upstream.InstanceState;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Instant;
import java.util.List;

/**
 * Body of {@code GET /api/v1/status}: the upstream mode and since when, the MQTT connection state,
 * the outbox backlog, the refunds still owed, what the agent knows of central, the policy in force,
 * the receipt keys held, the store-credit numbers left and today's offline cash against its cap.
 */
public record AgentStatus(
    String storeId,
    UpstreamMode mode,
    Instant since,
    ConnectionState connection,
    Outbox outbox,
    PendingRefunds pendingRefunds,
    Central central,
    Policy policy,
    ReceiptKeys receiptKeys,
    StoreCredit storeCredit,
    OfflineCash offlineCash) {

  /**
   * Cash paid out while not ONLINE on the store day {@code storeDay} (in the policy's {@code
   * timeZone}, the store's local time zone) and the policy's per-store per-day cap.
   */
  public record OfflineCash(String storeDay, String timeZone, Amount used, Amount cap) {}

  /** The store policy in force: its version and where it came from. */
  public record Policy(int version, String source) {}

  /** The receipt-token keys the store holds (version 0, count 0 before central sent any). */
  public record ReceiptKeys(int version, int count) {}

  /** Store-credit numbers left in the blocks reserved from central. */
  public record StoreCredit(long remainingNumbers) {}

  /** Outbox backlog; {@code lastAckAt} is null until central acknowledged something. */
  public record Outbox(long depth, long oldestPendingAgeSeconds, Instant lastAckAt) {}

  /** Returns with refund status DEFERRED or PENDING_APPROVAL; one amount per currency. */
  public record PendingRefunds(long count, List<Amount> amounts) {}

  /** Money on the wire: {@code {"amount":"49.99","currency":"USD"}}. */
  public record Amount(String amount, String currency) {}

  /**
   * Central as the agent sees it: {@code reachable} (connection up and some instance ONLINE within
   * the timeout), the payment gateway's health summarised over those instances, and every instance
   * heard from since the connection came up.
   */
  public record Central(
      boolean reachable, GatewayHealth paymentGateway, List<Instance> instances) {}

  /** One central instance: its state now, session start, last heard and gateway report. */
  public record Instance(
      String instanceId,
      InstanceState state,
      Instant since,
      Instant lastHeardAt,
      GatewayHealth paymentGateway) {}
}
