package io.rebound.central.orchestration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.tryton.TrytonReadBack;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.central.payment.stripe.sim.Fault;
import io.rebound.central.payment.stripe.sim.Operation;
import io.rebound.central.payment.stripe.sim.SimCharge;
import io.rebound.central.payment.stripe.sim.StripeSimulator;
import io.rebound.central.presence.PaymentGatewayHealth;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.PresenceWatcher;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ReturnAccepted;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole process with the real adapters: {@code rebound.payment.kind=stripe} against the
 * wire-level Stripe simulator and {@code rebound.erp.kind=tryton} against a real trytond, through
 * the same planner, worker, fault tolerance, dead letters and replay as production.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
@QuarkusTestResource(value = StripeTrytonResources.class, restrictToAnnotatedClass = true)
class StripeTrytonTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Money PRICE = Money.of("30.00", "EUR");

  @Inject CircuitBreakerMaintenance breakers;
  @Inject PaymentGatewayHealth health;
  @Inject MqttConnection mqtt;

  private StripeSimulator sim;
  private TrytonReadBack tryton;

  @BeforeEach
  void healthySystems() {
    sim = StripeTrytonResources.simulator();
    sim.faults().endOutage();
    tryton = new TrytonReadBack(StripeTrytonResources.tryton());
  }

  @Test
  void a_refund_whose_answer_was_lost_is_found_by_lookup_and_exists_once_at_stripe() {
    SimCharge charge = sim.seedCharge(PRICE);
    sim.faults().onNext(Operation.CREATE, Fault.loseResponseAfterRefund());
    try (FakeStore store = store("lost")) {
      ReturnAccepted r = cardReturn(store, charge.chargeId(), 0);
      store.publish(OrchestrationEvents.event(store.store(), 1, r));

      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));

      String returnId = r.returnId().toString();
      assertThat(sim.refundsOf(charge.chargeId())).isEqualTo(1);
      assertThat(sim.liveRefundsOfReturn(charge.chargeId(), returnId)).isEqualTo(1);
      assertThat(sim.createKeys().stream().filter(k -> k.endsWith(returnId)).distinct())
          .containsExactly("rebound-refund-" + r.returnId());
      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.externalReference"))
          .isEqualTo(sim.refundIdsOf(charge.chargeId()).get(0));
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.adapterKind"))
          .isEqualTo("stripe");
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.mark")).isNull();
      assertCreditNotePosted(r.returnId(), view);
    }
  }

  @Test
  void a_declined_card_is_not_retried_and_its_credit_note_waits_in_the_dead_letters() {
    SimCharge charge = sim.seedCharge(PRICE, SimCharge.Behaviour.DECLINE);
    try (FakeStore store = store("declined")) {
      ReturnAccepted r = cardReturn(store, charge.chargeId(), 0);
      store.publish(OrchestrationEvents.event(store.store(), 1, r));

      await()
          .atMost(WAIT)
          .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.STOCK_RETURN)));
      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.state")).isEqualTo("DECLINED");
      assertThat(view.getInt("steps.find { it.kind == 'REFUND' }.attempts")).isEqualTo(1);
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.lastError"))
          .contains("card_declined");
      assertThat(sim.refundsOf(charge.chargeId())).isZero();
      assertThat(breakers.currentState("payment-gateway")).isEqualTo(CircuitBreakerState.CLOSED);
      // the 402 moved no money: no credit note in Tryton, the goods are back in stock
      Map<String, Object> deadLetter =
          ProcessApi.stepDeadLetter(r.returnId(), StepKind.CREDIT_NOTE);
      assertThat(deadLetter).containsEntry("rule", "process.credit-note.refund-declined");
      // the simulator's 402 for a DECLINE charge: code card_declined, decline_code expired_card
      assertThat((String) deadLetter.get("reason"))
          .contains("refund declined at the gateway (expired_card)");
      assertThat(tryton.countByReference(ErpReference.creditNote(r.returnId()))).isZero();
      assertThat(tryton.countByReference(ErpReference.stockReturn(r.returnId()))).isEqualTo(1);

      // settled with the customer another way: the operator replays, one credit note is posted
      Number id = (Number) deadLetter.get("id");
      replay(id).then().statusCode(200).body("result", org.hamcrest.Matchers.is("REPLAYED"));
      await()
          .atMost(WAIT)
          .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.CREDIT_NOTE)));
      replay(id).then().statusCode(200).body("result", org.hamcrest.Matchers.is("NO_OP"));
      assertCreditNotePosted(r.returnId(), ProcessApi.returnView(r.returnId()));
      assertThat(sim.refundsOf(charge.chargeId())).isZero();
    }
  }

  @Test
  void stripe_503s_open_the_circuit_tell_the_stores_and_held_refunds_drain_in_acceptance_order() {
    List<SimCharge> charges = List.of(sim.seedCharge(PRICE), sim.seedCharge(PRICE));
    sim.faults().outage(Fault.serverError(503));
    try (FakeStore store = store("stripe-503");
        PresenceWatcher watcher = new PresenceWatcher()) {
      List<ReturnAccepted> held = new ArrayList<>();
      for (int i = 0; i < charges.size(); i++) {
        held.add(cardReturn(store, charges.get(i).chargeId(), i));
      }
      publish(store, held);

      await()
          .atMost(WAIT)
          .until(() -> breakers.currentState("payment-gateway") == CircuitBreakerState.OPEN);
      await().atMost(WAIT).until(() -> health.current() == GatewayHealth.DOWN);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  watcher.of(mqtt.clientId()).stream()
                      .anyMatch(s -> s.paymentGateway() == GatewayHealth.DOWN));
      for (ReturnAccepted r : held) {
        assertThat(ProcessApi.state(r.returnId(), StepKind.REFUND))
            .isIn("PENDING", "RETRY_WAIT", "IN_PROGRESS");
      }
      List<String> heldIds = held.stream().map(r -> r.returnId().toString()).toList();
      assertThat(sim.refundedReturns()).doesNotContainAnyElementsOf(heldIds);

      sim.faults().endOutage();

      for (ReturnAccepted r : held) {
        await()
            .atMost(WAIT)
            .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));
      }
      List<String> ids = held.stream().map(r -> r.returnId().toString()).toList();
      assertThat(sim.refundedReturns().stream().filter(ids::contains).toList())
          .containsExactlyElementsOf(ids);
      for (SimCharge c : charges) {
        assertThat(sim.refundsOf(c.chargeId())).isEqualTo(1);
      }
      await().atMost(WAIT).until(() -> health.current() == GatewayHealth.HEALTHY);
      await()
          .atMost(WAIT)
          .until(
              () -> {
                var seen = watcher.of(mqtt.clientId());
                return seen.get(seen.size() - 1).paymentGateway() == GatewayHealth.HEALTHY;
              });
    } finally {
      sim.faults().endOutage();
    }
  }

  @Test
  void a_refund_left_pending_is_dead_lettered_after_max_checks_and_replay_finds_it_settled() {
    SimCharge charge = sim.seedCharge(PRICE, SimCharge.Behaviour.PENDING);
    try (FakeStore store = store("pending")) {
      ReturnAccepted r = cardReturn(store, charge.chargeId(), 0);
      store.publish(OrchestrationEvents.event(store.store(), 1, r));

      await()
          .atMost(WAIT)
          .until(() -> ProcessApi.stepDeadLetter(r.returnId(), StepKind.REFUND) != null);
      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.state"))
          .isEqualTo("DEAD_LETTERED");
      assertThat(view.getList("steps.find { it.kind == 'REFUND' }.history.outcome", String.class))
          .hasSize(3)
          .containsOnly("PENDING_AT_GATEWAY");
      assertThat(sim.refundsOf(charge.chargeId())).isEqualTo(1);

      sim.settle(sim.refundIdsOf(charge.chargeId()).get(0));
      Number deadLetter =
          (Number) ProcessApi.stepDeadLetter(r.returnId(), StepKind.REFUND).get("id");
      replay(deadLetter)
          .then()
          .statusCode(200)
          .body("result", org.hamcrest.Matchers.is("REPLAYED"));

      await()
          .atMost(WAIT)
          .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));
      assertThat(sim.refundsOf(charge.chargeId())).isEqualTo(1);
      replay(deadLetter).then().statusCode(200).body("result", org.hamcrest.Matchers.is("NO_OP"));
      assertThat(ProcessApi.returnView(r.returnId()).getList("timeline.step", String.class))
          .contains("REPLAYED");
    }
  }

  @Test
  void trytond_stopped_postings_wait_then_drain_in_order_with_one_credit_note_per_return() {
    List<SimCharge> charges = List.of(sim.seedCharge(PRICE), sim.seedCharge(PRICE));
    StripeTrytonResources.tryton().stop();
    try (FakeStore store = store("erp-down")) {
      List<ReturnAccepted> waiting = new ArrayList<>();
      for (int i = 0; i < charges.size(); i++) {
        waiting.add(cardReturn(store, charges.get(i).chargeId(), i));
      }
      publish(store, waiting);

      await().atMost(WAIT).until(() -> breakers.currentState("erp") == CircuitBreakerState.OPEN);
      for (ReturnAccepted r : waiting) {
        // the refunds do not wait for the ERP
        await()
            .atMost(WAIT)
            .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));
        assertThat(ProcessApi.state(r.returnId(), StepKind.CREDIT_NOTE))
            .isIn("PENDING", "RETRY_WAIT", "IN_PROGRESS");
        // the stock return waits behind its credit note: never attempted
        assertThat(
                ProcessApi.returnView(r.returnId())
                    .getList("steps.find { it.kind == 'STOCK_RETURN' }.history"))
            .isEmpty();
      }
      StripeTrytonResources.tryton().restart();

      for (ReturnAccepted r : waiting) {
        await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));
      }
      List<Long> invoiceIds = new ArrayList<>();
      for (ReturnAccepted r : waiting) {
        JsonPath view = ProcessApi.returnView(r.returnId());
        JsonNode invoice = assertCreditNotePosted(r.returnId(), view);
        invoiceIds.add(invoice.get("id").asLong());
        assertThat(tryton.countByReference(ErpReference.stockReturn(r.returnId()))).isEqualTo(1);
        assertThat(
                Instant.parse(
                    view.getString("steps.find { it.kind == 'CREDIT_NOTE' }.lastAttemptAt")))
            .isBeforeOrEqualTo(
                Instant.parse(
                    view.getString("steps.find { it.kind == 'STOCK_RETURN' }.lastAttemptAt")));
      }
      // drained in acceptance order: the older return's credit note was created first
      assertThat(invoiceIds).isSorted();
    } finally {
      if (!trytondAnswers()) {
        StripeTrytonResources.tryton().restart();
      }
    }
  }

  @Test
  void a_posting_tryton_rejects_is_dead_lettered_and_replay_after_the_fix_books_one_document() {
    SimCharge charge = sim.seedCharge(PRICE);
    String sku = "SKU-LATE-" + System.nanoTime() % 100_000;
    try (FakeStore store = store("erp-reject")) {
      ReturnAccepted r =
          OrchestrationEvents.deferredCardReturn(
              store.store(),
              charge.chargeId(),
              sku,
              PRICE,
              1,
              Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(30));
      store.publish(OrchestrationEvents.event(store.store(), 1, r));

      await()
          .atMost(WAIT)
          .until(() -> ProcessApi.stepDeadLetter(r.returnId(), StepKind.CREDIT_NOTE) != null);
      Map<String, Object> deadLetter =
          ProcessApi.stepDeadLetter(r.returnId(), StepKind.CREDIT_NOTE);
      assertThat((String) deadLetter.get("reason")).contains(sku);
      assertThat(ProcessApi.state(r.returnId(), StepKind.STOCK_RETURN)).isEqualTo("PENDING");
      assertThat(tryton.countByReference(ErpReference.creditNote(r.returnId()))).isZero();

      // the back office creates the product, an operator replays
      tryton.addProductLike(sku, "SKU-1");
      Number id = (Number) deadLetter.get("id");
      replay(id).then().statusCode(200).body("result", org.hamcrest.Matchers.is("REPLAYED"));

      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));
      replay(id).then().statusCode(200).body("result", org.hamcrest.Matchers.is("NO_OP"));
      assertCreditNotePosted(r.returnId(), ProcessApi.returnView(r.returnId()));
      assertThat(tryton.countByReference(ErpReference.stockReturn(r.returnId()))).isEqualTo(1);
    }
  }

  private JsonNode assertCreditNotePosted(ReturnId id, JsonPath view) {
    List<JsonNode> invoices =
        tryton.byReference(
            "account.invoice",
            ErpReference.creditNote(id),
            "id",
            "number",
            "state",
            "total_amount");
    assertThat(invoices).hasSize(1);
    JsonNode invoice = invoices.get(0);
    assertThat(invoice.get("state").asText()).isEqualTo("posted");
    assertThat(view.getString("steps.find { it.kind == 'CREDIT_NOTE' }.externalReference"))
        .isEqualTo("account.invoice," + invoice.get("number").asText());
    assertThat(view.getString("steps.find { it.kind == 'CREDIT_NOTE' }.adapterKind"))
        .isEqualTo("tryton");
    return invoice;
  }

  private static boolean trytondAnswers() {
    try {
      new TrytonReadBack(StripeTrytonResources.tryton()).countByReference("probe");
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static io.restassured.response.Response replay(Number deadLetterId) {
    return given()
        .header("X-Operator", "ops-orch")
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/dead-letters/" + deadLetterId + "/replay");
  }

  private static FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port());
  }

  /** The {@code i}-th return of a test, accepted {@code i} seconds after the first. */
  private static ReturnAccepted cardReturn(FakeStore store, String charge, int i) {
    Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
    return OrchestrationEvents.deferredCardReturn(
        store.store(), charge, PRICE, 1, first.plusSeconds(i));
  }

  private static void publish(FakeStore store, List<ReturnAccepted> returns) {
    for (int i = 0; i < returns.size(); i++) {
      store.publish(OrchestrationEvents.event(store.store(), i + 1, returns.get(i)));
    }
  }
}
