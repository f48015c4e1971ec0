package io.rebound.central.process;

import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.approval.ApprovalDecision;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Returns with a chosen status and refund, as events (built on {@link TestEvents}). */
public final class ProcessEvents {
  public static final Money PRICE = Money.of("49.99", "USD");

  private ProcessEvents() {}

  /** A return of one 49.99 line with the given status and refund (method, status). */
  public static ReturnAccepted accepted(
      StoreId store, ReturnStatus status, RefundMethod method, RefundStatus refund) {
    return accepted(store, status, method, refund, Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * As {@link #accepted(StoreId, ReturnStatus, RefundMethod, RefundStatus)}, accepted at {@code
   * at}.
   */
  public static ReturnAccepted accepted(
      StoreId store, ReturnStatus status, RefundMethod method, RefundStatus refund, Instant at) {
    ReturnAccepted base = TestEvents.accepted(store, ReturnId.mint(Clock.systemUTC()));
    return new ReturnAccepted(
        base.returnId(),
        store,
        at,
        base.mode(),
        status,
        base.request(),
        Refund.of(method, PRICE, refund),
        base.decisions());
  }

  /** A card return deferred to central (the usual case). */
  public static ReturnAccepted cardDeferred(StoreId store) {
    return accepted(store, ReturnStatus.ACCEPTED, RefundMethod.CARD, RefundStatus.DEFERRED);
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

  /** A manager's decision on a return that waited for approval, with the refund it now has. */
  public static EventEnvelope decided(
      StoreId store, long sequence, ReturnId id, ApprovalDecision decision, Refund refund) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ReturnStatus status =
        decision == ApprovalDecision.APPROVED ? ReturnStatus.ACCEPTED : ReturnStatus.DENIED;
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        at,
        Traceparent.random(),
        new ApprovalDecided(id, store, at, decision, "M. Jones", "checked", status, refund));
  }

  public static EventEnvelope inspected(
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
