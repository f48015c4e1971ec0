package io.rebound.central.reconciliation;

import io.rebound.central.erp.PostingLine;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
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

/**
 * Returns of one line of SKU-1 from a sale paid by the card charge {@code paymentReference}: a card
 * refund DEFERRED to central, or cash ISSUED at the till.
 */
public final class ReconciliationEvents {
  private ReconciliationEvents() {}

  public static ReturnAccepted cardReturn(StoreId store, String paymentReference, Money total) {
    return accepted(
        store,
        paymentReference,
        total,
        Refund.of(RefundMethod.CARD, total, RefundStatus.DEFERRED),
        new Decision(
            "policy.card.deferred",
            DecisionEffect.DEFER,
            "The card refund is issued by central once the return is synced"));
  }

  public static ReturnAccepted cashReturn(StoreId store, String paymentReference, Money total) {
    return accepted(
        store,
        paymentReference,
        total,
        Refund.of(RefundMethod.CASH, total, RefundStatus.ISSUED),
        new Decision("policy.cash", DecisionEffect.ACCEPT, "Cash refunded at the till"));
  }

  private static ReturnAccepted accepted(
      StoreId store, String paymentReference, Money total, Refund refund, Decision decision) {
    ReturnId id = ReturnId.mint(Clock.systemUTC());
    Instant acceptedAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
    ReturnRequest request =
        new ReturnRequest(
            TerminalId.of("POS-01"),
            new OriginalSale(
                "WEB-" + id.value(),
                SaleChannel.ECOMMERCE,
                acceptedAt.minus(3, ChronoUnit.DAYS),
                List.of(new Tender(TenderType.CARD, total, paymentReference))),
            new Customer("C-889"),
            List.of(
                ReturnLine.of("SKU-1", 1, total, ReasonCode.WRONG_SIZE, ItemCondition.UNOPENED)),
            RefundPreference.ORIGINAL_TENDER);
    return new ReturnAccepted(
        id,
        store,
        acceptedAt,
        UpstreamMode.OFFLINE,
        ReturnStatus.ACCEPTED,
        request,
        refund,
        List.of(decision));
  }

  /** What the process sends the ERP for this return's credit note. */
  public static ReturnPosting posting(ReturnAccepted r) {
    return new ReturnPosting(
        r.returnId(),
        r.storeId(),
        r.acceptedAt(),
        "C-889",
        r.request().originalSale().saleId(),
        r.refund().amount(),
        List.of(new PostingLine("SKU-1", 1, r.refund().amount())));
  }

  public static EventEnvelope event(StoreId store, long sequence, ReturnAccepted payload) {
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        payload.acceptedAt(),
        Traceparent.random(),
        payload);
  }
}
