package io.rebound.edge.returns.approval;

import io.rebound.protocols.approval.ApprovalDecision;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnResponse;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.returns.UpstreamMode;

/** A stored return as the approval flow reads it: its response as last sent to the POS. */
record PendingReturn(ReturnResponse response) {

  boolean waitsForApproval() {
    return response.status() == ReturnStatus.PENDING_APPROVAL;
  }

  /** The return after {@code decision}: status and refund status per the policy notes. */
  ReturnResponse decided(ApprovalDecision decision) {
    ReturnStatus status =
        decision == ApprovalDecision.APPROVED ? ReturnStatus.ACCEPTED : ReturnStatus.DENIED;
    Refund old = response.refund();
    Refund refund = new Refund(old.method(), old.amount(), refundStatus(decision), old.reference());
    return new ReturnResponse(
        response.returnId(),
        response.storeId(),
        response.terminalId(),
        status,
        response.mode(),
        response.acceptedAt(),
        response.total(),
        refund,
        response.decisions());
  }

  /** Approved cash paid out while not ONLINE counts against the offline cash caps. */
  boolean paysOfflineCash(ApprovalDecision decision) {
    return decision == ApprovalDecision.APPROVED
        && response.refund().method() == RefundMethod.CASH
        && response.mode() != UpstreamMode.ONLINE;
  }

  private RefundStatus refundStatus(ApprovalDecision decision) {
    if (decision == ApprovalDecision.DENIED) {
      return RefundStatus.DECLINED;
    }
    return switch (response.refund().method()) {
      case CASH, STORE_CREDIT -> RefundStatus.ISSUED;
      case CARD, GIFT_CARD -> RefundStatus.DEFERRED;
    };
  }
}
