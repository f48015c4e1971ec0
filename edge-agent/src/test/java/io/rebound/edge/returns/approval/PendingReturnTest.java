package io.rebound.edge.returns.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.approval.ApprovalDecision;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnResponse;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingReturnTest {
  private static PendingReturn pending(RefundMethod method, UpstreamMode mode) {
    Money total = Money.of("250.00", "USD");
    return new PendingReturn(
        new ReturnResponse(
            ReturnId.parse("0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0e"),
            StoreId.of("store42"),
            TerminalId.of("POS-01"),
            ReturnStatus.PENDING_APPROVAL,
            mode,
            Instant.parse("2026-11-27T08:00:00Z"),
            total,
            Refund.of(method, total, RefundStatus.PENDING_APPROVAL),
            List.of()));
  }

  @Test
  void approved_card_and_gift_card_refunds_are_deferred_cash_and_store_credit_issued() {
    assertThat(
            List.of(
                    RefundMethod.CARD,
                    RefundMethod.GIFT_CARD,
                    RefundMethod.CASH,
                    RefundMethod.STORE_CREDIT)
                .stream()
                .map(
                    m ->
                        pending(m, UpstreamMode.OFFLINE)
                            .decided(ApprovalDecision.APPROVED)
                            .refund()
                            .status()))
        .containsExactly(
            RefundStatus.DEFERRED, RefundStatus.DEFERRED, RefundStatus.ISSUED, RefundStatus.ISSUED);
  }

  @Test
  void denied_return_is_denied_with_a_declined_refund_of_the_same_amount() {
    ReturnResponse after =
        pending(RefundMethod.CASH, UpstreamMode.OFFLINE).decided(ApprovalDecision.DENIED);

    assertThat(after.status()).isEqualTo(ReturnStatus.DENIED);
    assertThat(after.refund().status()).isEqualTo(RefundStatus.DECLINED);
    assertThat(after.refund().amount()).isEqualTo(Money.of("250.00", "USD"));
  }

  @Test
  void only_approved_cash_accepted_while_not_online_counts_as_offline_cash() {
    assertThat(
            pending(RefundMethod.CASH, UpstreamMode.OFFLINE)
                .paysOfflineCash(ApprovalDecision.APPROVED))
        .isTrue();
    assertThat(
            pending(RefundMethod.CASH, UpstreamMode.ONLINE)
                .paysOfflineCash(ApprovalDecision.APPROVED))
        .isFalse();
    assertThat(
            pending(RefundMethod.CASH, UpstreamMode.OFFLINE)
                .paysOfflineCash(ApprovalDecision.DENIED))
        .isFalse();
    assertThat(
            pending(RefundMethod.STORE_CREDIT, UpstreamMode.OFFLINE)
                .paysOfflineCash(ApprovalDecision.APPROVED))
        .isFalse();
  }
}
