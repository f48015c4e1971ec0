package io.rebound.central.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.approval.ApprovalDecision;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnStatus;
import io.restassured.path.json.JsonPath;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps each kind of return gets, and how they run with healthy adapters. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class ProcessFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject
  @Identifier("scripted")
  ScriptedGateway gateway;

  @Inject
  @Identifier("scripted")
  ScriptedErp erp;

  private FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port());
  }

  @Test
  void card_return_is_refunded_once_and_its_credit_note_is_posted_before_its_stock_return() {
    try (FakeStore store = store("card")) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      store.publish(ProcessEvents.event(store.store(), 1, r));
      // the same event again (an edge resend): deduplicated, no second step
      store.publish(ProcessEvents.event(store.store(), 1, r));

      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));

      assertThat(gateway.refundsCreated(r.returnId())).isEqualTo(1);
      assertThat(gateway.callsFor(r.returnId()))
          .allMatch(c -> c.idempotencyKey().equals("rebound-refund-" + r.returnId()));
      assertThat(erp.createdFor(r.returnId()))
          .containsExactly(
              ErpReference.creditNote(r.returnId()), ErpReference.stockReturn(r.returnId()));
      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(view.getList("steps.kind", String.class))
          .containsExactly("REFUND", "CREDIT_NOTE", "STOCK_RETURN");
      assertThat(view.getList("steps.attempts", Integer.class)).containsOnly(1);
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.externalReference"))
          .startsWith("re_scripted_");
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.adapterKind"))
          .isEqualTo("scripted");
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.mark")).isEqualTo("SANDBOX");
      assertThat(view.getList("timeline.findAll { it.step == 'STEP_ATTEMPTED' }.detail"))
          .hasSize(3)
          .anySatisfy(
              d -> assertThat((String) d).contains("REFUND attempt 1 via scripted [SANDBOX]"));
    }
  }

  @Test
  void cash_return_gets_no_refund_step_but_is_booked_in_the_erp() {
    try (FakeStore store = store("cash")) {
      ReturnAccepted r =
          ProcessEvents.accepted(
              store.store(), ReturnStatus.ACCEPTED, RefundMethod.CASH, RefundStatus.ISSUED);
      store.publish(ProcessEvents.event(store.store(), 1, r));

      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));

      assertThat(ProcessApi.kinds(r.returnId())).containsExactly("CREDIT_NOTE", "STOCK_RETURN");
      assertThat(gateway.callsFor(r.returnId())).isEmpty();
    }
  }

  @Test
  void a_declined_refund_ends_declined_and_holds_the_credit_note_but_not_the_stock_return() {
    try (FakeStore store = store("decline")) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      gateway.script(r.returnId(), ScriptedGateway.Behaviour.DECLINE);
      store.publish(ProcessEvents.event(store.store(), 1, r));

      await()
          .atMost(WAIT)
          .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.STOCK_RETURN)));

      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.state")).isEqualTo("DECLINED");
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.lastError"))
          .contains("expired_card");
      assertThat(gateway.refundsCreated(r.returnId())).isZero();
      assertThat(ProcessApi.stepDeadLetter(r.returnId(), StepKind.REFUND)).isNull();
      // no money moved: the books must not say the customer was refunded
      assertThat(view.getString("steps.find { it.kind == 'CREDIT_NOTE' }.state"))
          .isEqualTo("DEAD_LETTERED");
      assertThat(ProcessApi.stepDeadLetter(r.returnId(), StepKind.CREDIT_NOTE))
          .containsEntry("rule", "process.credit-note.refund-declined");
      assertThat(erp.createdFor(r.returnId()))
          .containsExactly(ErpReference.stockReturn(r.returnId()));
    }
  }

  @Test
  void a_return_waiting_for_approval_gets_its_steps_only_when_approved() {
    try (FakeStore store = store("approve")) {
      ReturnAccepted approved =
          ProcessEvents.accepted(
              store.store(),
              ReturnStatus.PENDING_APPROVAL,
              RefundMethod.CARD,
              RefundStatus.PENDING_APPROVAL);
      ReturnAccepted denied =
          ProcessEvents.accepted(
              store.store(),
              ReturnStatus.PENDING_APPROVAL,
              RefundMethod.CARD,
              RefundStatus.PENDING_APPROVAL);
      store.publish(ProcessEvents.event(store.store(), 1, approved));
      store.publish(ProcessEvents.event(store.store(), 2, denied));
      await().atMost(WAIT).until(() -> ProcessApi.returnView(denied.returnId()) != null);
      assertThat(ProcessApi.kinds(approved.returnId())).isEmpty();

      Refund deferred = Refund.of(RefundMethod.CARD, ProcessEvents.PRICE, RefundStatus.DEFERRED);
      Refund declined = Refund.of(RefundMethod.CARD, ProcessEvents.PRICE, RefundStatus.DECLINED);
      store.publish(
          ProcessEvents.decided(
              store.store(), 3, approved.returnId(), ApprovalDecision.APPROVED, deferred));
      store.publish(
          ProcessEvents.decided(
              store.store(), 4, denied.returnId(), ApprovalDecision.DENIED, declined));

      await().atMost(WAIT).until(() -> ProcessApi.all(approved.returnId(), "SUCCEEDED"));
      assertThat(ProcessApi.kinds(approved.returnId()))
          .containsExactly("REFUND", "CREDIT_NOTE", "STOCK_RETURN");
      assertThat(gateway.refundsCreated(approved.returnId())).isEqualTo(1);
      await().atMost(WAIT).until(() -> store.acks().size() >= 4);
      assertThat(ProcessApi.kinds(denied.returnId())).isEmpty();
    }
  }

  @Test
  void inspection_adds_a_disposition_and_a_supplier_claim_per_vendor_after_the_stock_return() {
    try (FakeStore store = store("inspect")) {
      ReturnAccepted r =
          ProcessEvents.accepted(
              store.store(), ReturnStatus.ACCEPTED, RefundMethod.CASH, RefundStatus.ISSUED);
      store.publish(ProcessEvents.event(store.store(), 1, r));
      store.publish(
          ProcessEvents.inspected(
              store.store(),
              2,
              r.returnId(),
              List.of(
                  InspectedLine.of(0, "SKU-1", 1, Disposition.DEFECTIVE, "VENDOR-ACME", "dead"),
                  InspectedLine.of(0, "SKU-1", 1, Disposition.DAMAGED, null, null))));

      await()
          .atMost(WAIT)
          .until(
              () ->
                  ProcessApi.kinds(r.returnId()).size() == 4
                      && ProcessApi.all(r.returnId(), "SUCCEEDED"));

      assertThat(ProcessApi.kinds(r.returnId()))
          .containsExactly("CREDIT_NOTE", "STOCK_RETURN", "DISPOSITION", "SUPPLIER_CLAIM");
      List<String> created = erp.createdFor(r.returnId());
      assertThat(created.subList(0, 2))
          .containsExactly(
              ErpReference.creditNote(r.returnId()), ErpReference.stockReturn(r.returnId()));
      assertThat(created.subList(2, 4))
          .containsExactlyInAnyOrder(
              ErpReference.disposition(r.returnId()),
              ErpReference.supplierClaim(r.returnId(), "VENDOR-ACME"));
      assertThat(
              ProcessApi.returnView(r.returnId())
                  .getString("steps.find { it.kind == 'SUPPLIER_CLAIM' }.vendorId"))
          .isEqualTo("VENDOR-ACME");
    }
  }
}
