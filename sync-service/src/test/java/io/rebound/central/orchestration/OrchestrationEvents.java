package io.rebound.central.orchestration;

import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
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

/**
 * Card returns as an edge agent publishes them when it accepted them while central (or the gateway)
 * was out of reach: refund DEFERRED to central, one line of {@code quantity} units of SKU-1, paid
 * with the card charge {@code paymentReference}.
 */
final class OrchestrationEvents {
  private OrchestrationEvents() {}

  static ReturnAccepted deferredCardReturn(
      StoreId store, String paymentReference, Money unitPrice, int quantity, Instant acceptedAt) {
    return deferredCardReturn(store, paymentReference, "SKU-1", unitPrice, quantity, acceptedAt);
  }

  static ReturnAccepted deferredCardReturn(
      StoreId store,
      String paymentReference,
      String sku,
      Money unitPrice,
      int quantity,
      Instant acceptedAt) {
    ReturnId id = ReturnId.mint(Clock.systemUTC());
    Money total = unitPrice.times(quantity);
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
                ReturnLine.of(
                    sku, quantity, unitPrice, ReasonCode.WRONG_SIZE, ItemCondition.UNOPENED)),
            RefundPreference.ORIGINAL_TENDER);
    return new ReturnAccepted(
        id,
        store,
        acceptedAt.truncatedTo(ChronoUnit.MILLIS),
        UpstreamMode.OFFLINE,
        ReturnStatus.ACCEPTED,
        request,
        Refund.of(RefundMethod.CARD, total, RefundStatus.DEFERRED),
        List.of(
            new Decision(
                "policy.card.deferred",
                DecisionEffect.DEFER,
                "The card refund is issued by central once the return is synced")));
  }

  static EventEnvelope event(StoreId store, long sequence, ReturnAccepted payload) {
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        payload.acceptedAt(),
        Traceparent.random(),
        payload);
  }

  static EventEnvelope inspected(
      StoreId store, long sequence, ReturnId id, List<InspectedLine> lines) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        at,
        Traceparent.random(),
        ReturnInspected.of(id, store, at, "manager Ana", lines));
  }
}
