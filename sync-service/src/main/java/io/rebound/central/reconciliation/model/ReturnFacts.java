package io.rebound.central.reconciliation.model;

import io.rebound.central.process.model.StepState;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * The expected side of one return, as central stored it: the store's acceptance with the latest
 * manager decision applied, and the states of its REFUND and CREDIT_NOTE process steps.
 *
 * @param paymentReference the original sale's CARD tender reference ({@code ch_…}/{@code pi_…}),
 *     null when the sale had none (then the gateway cannot be asked)
 */
public record ReturnFacts(
    ReturnId returnId,
    StoreId storeId,
    Instant acceptedAt,
    Instant receivedAt,
    ReturnStatus status,
    Refund refund,
    String paymentReference,
    Optional<StepState> refundStep,
    Optional<StepState> creditNoteStep) {

  /** The customer is owed money: accepted, refund neither declined nor awaiting approval. */
  public boolean moneyOwed() {
    return status == ReturnStatus.ACCEPTED
        && refund.status() != RefundStatus.DECLINED
        && refund.status() != RefundStatus.PENDING_APPROVAL;
  }

  /** Money is owed back to the card through the gateway (a REFUND step was planned). */
  public boolean cardRefundOwed() {
    return moneyOwed() && refund.method() == RefundMethod.CARD && refundStep.isPresent();
  }

  /** The money went back: issued at the till, or the gateway refund step succeeded. */
  public boolean moneyReturned() {
    return moneyOwed()
        && (refund.status() == RefundStatus.ISSUED
            || refundStep.filter(s -> s == StepState.SUCCEEDED).isPresent());
  }

  /** No money goes back at all: denied, declined at the store or by the gateway step. */
  public boolean moneyRefused() {
    return status == ReturnStatus.DENIED
        || refund.status() == RefundStatus.DECLINED
        || refundStep.filter(s -> s == StepState.DECLINED).isPresent();
  }

  public boolean awaitingDecision() {
    return status == ReturnStatus.PENDING_APPROVAL
        || refund.status() == RefundStatus.PENDING_APPROVAL;
  }
}
