package io.rebound.central.process.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rebound.central.process.ProcessEvents;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepState;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.approval.ApprovalDecision;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessPlannerTest {
  private static final StoreId STORE = StoreId.of("plan-1");

  private static List<StepKind> kinds(List<ProcessPlanner.NewStep> steps) {
    return steps.stream().map(ProcessPlanner.NewStep::kind).toList();
  }

  private static List<StepKind> plan(
      ReturnStatus status, RefundMethod method, RefundStatus refund) {
    return kinds(
        ProcessPlanner.forReturn(
            ProcessEvents.accepted(STORE, status, method, refund), Optional.empty()));
  }

  @Test
  void a_card_refund_deferred_or_approved_gets_refund_credit_note_and_stock_return() {
    assertThat(plan(ReturnStatus.ACCEPTED, RefundMethod.CARD, RefundStatus.DEFERRED))
        .containsExactly(StepKind.REFUND, StepKind.CREDIT_NOTE, StepKind.STOCK_RETURN);
    assertThat(plan(ReturnStatus.ACCEPTED, RefundMethod.CARD, RefundStatus.APPROVED))
        .containsExactly(StepKind.REFUND, StepKind.CREDIT_NOTE, StepKind.STOCK_RETURN);
  }

  @Test
  void the_credit_note_of_a_gateway_refund_waits_for_it_and_a_store_refund_does_not() {
    ReturnAccepted card =
        ProcessEvents.accepted(
            STORE, ReturnStatus.ACCEPTED, RefundMethod.CARD, RefundStatus.DEFERRED);
    assertThat(ProcessPlanner.forReturn(card, Optional.empty()))
        .extracting(ProcessPlanner.NewStep::kind, ProcessPlanner.NewStep::initial)
        .containsExactly(
            tuple(StepKind.REFUND, StepState.PENDING),
            tuple(StepKind.CREDIT_NOTE, StepState.AWAITING_REFUND),
            tuple(StepKind.STOCK_RETURN, StepState.PENDING));
    for (RefundMethod method : List.of(RefundMethod.CASH, RefundMethod.STORE_CREDIT)) {
      ReturnAccepted store =
          ProcessEvents.accepted(STORE, ReturnStatus.ACCEPTED, method, RefundStatus.ISSUED);
      assertThat(ProcessPlanner.forReturn(store, Optional.empty()))
          .extracting(ProcessPlanner.NewStep::initial)
          .containsOnly(StepState.PENDING);
    }
  }

  @Test
  void cash_and_store_credit_issued_at_the_store_get_no_refund_step() {
    assertThat(plan(ReturnStatus.ACCEPTED, RefundMethod.CASH, RefundStatus.ISSUED))
        .containsExactly(StepKind.CREDIT_NOTE, StepKind.STOCK_RETURN);
    assertThat(plan(ReturnStatus.ACCEPTED, RefundMethod.STORE_CREDIT, RefundStatus.ISSUED))
        .containsExactly(StepKind.CREDIT_NOTE, StepKind.STOCK_RETURN);
  }

  @Test
  void declined_and_pending_approval_returns_get_nothing_until_approved() {
    assertThat(plan(ReturnStatus.ACCEPTED, RefundMethod.CARD, RefundStatus.DECLINED)).isEmpty();
    assertThat(
            plan(ReturnStatus.PENDING_APPROVAL, RefundMethod.CARD, RefundStatus.PENDING_APPROVAL))
        .isEmpty();
  }

  @Test
  void the_latest_decision_replaces_the_status_and_refund_the_store_accepted_with() {
    ReturnAccepted waiting =
        ProcessEvents.accepted(
            STORE, ReturnStatus.PENDING_APPROVAL, RefundMethod.CARD, RefundStatus.PENDING_APPROVAL);
    ApprovalDecided approved =
        new ApprovalDecided(
            waiting.returnId(),
            STORE,
            Instant.now(),
            ApprovalDecision.APPROVED,
            "M",
            "ok",
            ReturnStatus.ACCEPTED,
            Refund.of(RefundMethod.CARD, ProcessEvents.PRICE, RefundStatus.DEFERRED));
    ApprovalDecided denied =
        new ApprovalDecided(
            waiting.returnId(),
            STORE,
            Instant.now(),
            ApprovalDecision.DENIED,
            "M",
            "no",
            ReturnStatus.DENIED,
            Refund.of(RefundMethod.CARD, ProcessEvents.PRICE, RefundStatus.DECLINED));

    assertThat(kinds(ProcessPlanner.forReturn(waiting, Optional.of(approved))))
        .containsExactly(StepKind.REFUND, StepKind.CREDIT_NOTE, StepKind.STOCK_RETURN);
    assertThat(ProcessPlanner.forReturn(waiting, Optional.of(denied))).isEmpty();
  }

  @Test
  void an_inspection_gets_one_disposition_and_one_supplier_claim_per_vendor() {
    ReturnInspected step =
        ReturnInspected.of(
            ProcessEvents.cardDeferred(STORE).returnId(),
            STORE,
            Instant.now(),
            "Ana",
            List.of(
                InspectedLine.of(0, "SKU-1", 1, Disposition.DAMAGED, null, null),
                InspectedLine.of(0, "SKU-1", 1, Disposition.TO_WAREHOUSE, null, null),
                InspectedLine.of(1, "SKU-2", 1, Disposition.DEFECTIVE, "ACME", null),
                InspectedLine.of(2, "SKU-3", 2, Disposition.DEFECTIVE, "ACME", null),
                InspectedLine.of(3, "SKU-4", 1, Disposition.DEFECTIVE, null, null),
                InspectedLine.of(4, "SKU-5", 1, Disposition.RESELLABLE, null, null)));

    List<ProcessPlanner.NewStep> steps = ProcessPlanner.forInspection(step, Instant.now());

    assertThat(steps)
        .extracting(ProcessPlanner.NewStep::kind, ProcessPlanner.NewStep::vendorKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StepKind.DISPOSITION, ""),
            org.assertj.core.groups.Tuple.tuple(StepKind.SUPPLIER_CLAIM, "ACME"),
            org.assertj.core.groups.Tuple.tuple(StepKind.SUPPLIER_CLAIM, "unknown"));
  }

  @Test
  void a_resellable_only_inspection_posts_nothing() {
    ReturnInspected step =
        ReturnInspected.of(
            ProcessEvents.cardDeferred(STORE).returnId(),
            STORE,
            Instant.now(),
            "Ana",
            List.of(InspectedLine.of(0, "SKU-1", 1, Disposition.RESELLABLE, null, null)));

    assertThat(ProcessPlanner.forInspection(step, Instant.now())).isEmpty();
  }
}
