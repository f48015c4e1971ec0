package io.rebound.central.payment.sandbox;

import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.protocols.money.Money;
import java.time.Instant;

/** One row of {@code sandbox_refunds}. */
record SandboxRefund(
    String refundId,
    String paymentReference,
    Money amount,
    SandboxRefundStatus status,
    String declineCode,
    String declineMessage,
    Instant createdAt) {

  /** The sandbox refund id of a return: {@code re_sandbox_} and the return id's hex digits. */
  static String idOf(RefundCommand command) {
    return "re_sandbox_" + command.returnId().toString().replace("-", "");
  }

  RefundOutcome outcome() {
    return switch (status) {
      case SUCCEEDED -> new RefundOutcome.Succeeded(refundId, amount);
      case DECLINED -> new RefundOutcome.Declined(refundId, declineCode, declineMessage);
    };
  }

  /** Whether {@code command} asks for this refund (same reference and amount). */
  boolean sameParameters(RefundCommand command) {
    return paymentReference.equals(command.paymentReference()) && amount.equals(command.amount());
  }
}
