package io.rebound.central.testing;

import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.approval.ApprovalDecision;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.Customer;
import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundPreference;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.returns.SaleChannel;
import io.rebound.protocols.returns.Tender;
import io.rebound.protocols.returns.TenderType;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid events as an edge agent would publish them (the PRODUCT.md example return). */
public final class TestEvents {
  private static final AtomicInteger STORES = new AtomicInteger();

  private TestEvents() {}

  /** A store id no other test uses. */
  public static StoreId newStore(String prefix) {
    return StoreId.of(prefix + "-" + System.nanoTime() % 100_000 + "-" + STORES.incrementAndGet());
  }

  public static EventEnvelope returnAccepted(StoreId store, long sequence) {
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        Traceparent.random(),
        accepted(store, ReturnId.mint(Clock.systemUTC())));
  }

  /** A {@code return.inspected} event for {@code returnId} (line 0 defective, with a vendor). */
  public static EventEnvelope returnInspected(StoreId store, long sequence, ReturnId returnId) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        at,
        Traceparent.random(),
        ReturnInspected.of(
            returnId,
            store,
            at,
            "manager Ana",
            List.of(
                InspectedLine.of(
                    0, "SKU-1", 1, Disposition.DEFECTIVE, "VENDOR-ACME", "no power"))));
  }

  /** A manager's approval of return {@code returnId}: accepted, cash refund issued. */
  public static EventEnvelope approvalDecided(StoreId store, long sequence, ReturnId returnId) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        at,
        Traceparent.random(),
        new ApprovalDecided(
            returnId,
            store,
            at,
            ApprovalDecision.APPROVED,
            "M. Jones",
            "regular customer",
            ReturnStatus.ACCEPTED,
            Refund.of(RefundMethod.CASH, Money.of("49.99", "USD"), RefundStatus.ISSUED)));
  }

  public static ReturnAccepted accepted(StoreId store, ReturnId id) {
    Money price = Money.of("49.99", "USD");
    ReturnRequest request =
        new ReturnRequest(
            TerminalId.of("POS-01"),
            new OriginalSale(
                "WEB-" + id.value(), // one sale per return: no cross-store duplicate exceptions
                SaleChannel.ECOMMERCE,
                Instant.parse("2026-11-20T10:15:00Z"),
                List.of(new Tender(TenderType.CARD, price, "ch_123"))),
            new Customer("C-889"),
            List.of(
                ReturnLine.of("SKU-1", 1, price, ReasonCode.WRONG_SIZE, ItemCondition.UNOPENED)),
            RefundPreference.ORIGINAL_TENDER);
    return new ReturnAccepted(
        id,
        store,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        UpstreamMode.ONLINE,
        ReturnStatus.ACCEPTED,
        request,
        new Refund(RefundMethod.CARD, price, RefundStatus.DEFERRED, null),
        List.of(
            new Decision(
                "refund.deferred-to-central",
                DecisionEffect.DEFER,
                "The refund is issued by central once the return is synced")));
  }
}
