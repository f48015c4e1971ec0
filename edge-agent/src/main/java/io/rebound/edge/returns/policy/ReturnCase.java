package io.rebound.edge.returns.policy;

import io.rebound.protocols.receipts.ReceiptKeySet;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the policy decides on: the request, the upstream mode at acceptance, the acceptance instant,
 * how long the agent has been offline then ({@link Duration#ZERO} while connected), the receipt
 * keys the store holds (data, so receipt tokens are verified without any I/O) and central's answer
 * to an ONLINE card refund ({@link CentralAnswer.NotAsked} otherwise).
 */
public record ReturnCase(
    ReturnRequest request,
    UpstreamMode mode,
    Instant now,
    Duration offlineFor,
    ReceiptKeySet receiptKeys,
    CentralAnswer central) {
  public ReturnCase {
    Objects.requireNonNull(receiptKeys, "receiptKeys");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(offlineFor, "offlineFor");
    Objects.requireNonNull(central, "central");
    if (offlineFor.isNegative()) {
      throw new IllegalArgumentException("offlineFor must not be negative: " + offlineFor);
    }
  }

  /** A case decided without receipt keys, central not asked. */
  public ReturnCase(ReturnRequest request, UpstreamMode mode, Instant now, Duration offlineFor) {
    this(request, mode, now, offlineFor, ReceiptKeySet.empty(), CentralAnswer.notAsked());
  }

  /** A case central was not asked about. */
  public ReturnCase(
      ReturnRequest request,
      UpstreamMode mode,
      Instant now,
      Duration offlineFor,
      ReceiptKeySet receiptKeys) {
    this(request, mode, now, offlineFor, receiptKeys, CentralAnswer.notAsked());
  }

  /** This case with central's answer. */
  public ReturnCase withCentral(CentralAnswer answer) {
    return new ReturnCase(request, mode, now, offlineFor, receiptKeys, answer);
  }

  /** Whether central or the payment gateway is unavailable (the table's right-hand column). */
  public boolean degraded() {
    return mode != UpstreamMode.ONLINE;
  }

  /** The store's calendar day at acceptance, in {@code zone}. */
  public LocalDate storeDay(ZoneId zone) {
    return LocalDate.ofInstant(now, zone);
  }
}
