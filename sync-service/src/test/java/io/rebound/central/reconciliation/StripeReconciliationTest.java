package io.rebound.central.reconciliation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.stripe.sim.Fault;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ReturnAccepted;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation against Stripe (the wire-level simulator): the run finds a refund by the charge
 * and {@code metadata.rebound_return_id}, flags one Stripe made for a cash return, and reports a
 * Stripe outage as unverified returns instead of failing the run.
 */
@QuarkusTest
@QuarkusTestResource(value = StripeJournalResources.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(CentralTestResources.class)
class StripeReconciliationTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject PaymentGateway gateway;

  @Test
  void stripe_refunds_are_matched_by_return_and_an_outage_leaves_returns_unverified() {
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("recon-stripe"), TestBroker.host(), TestBroker.port())) {
      Money price = Money.of("49.00", "USD");
      String card = StripeJournalResources.simulator().seedCharge(price).chargeId();
      String cashSale = StripeJournalResources.simulator().seedCharge(price).chargeId();
      ReturnAccepted paid = ReconciliationEvents.cardReturn(store.store(), card, price);
      ReturnAccepted cash = ReconciliationEvents.cashReturn(store.store(), cashSale, price);
      store.publish(ReconciliationEvents.event(store.store(), 1, paid));
      store.publish(ReconciliationEvents.event(store.store(), 2, cash));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  ProcessApi.all(paid.returnId(), "SUCCEEDED")
                      && ProcessApi.all(cash.returnId(), "SUCCEEDED")
                      && ProcessApi.kinds(cash.returnId()).contains(StepKind.CREDIT_NOTE.name()));
      // someone refunded the cash return's sale at Stripe as well
      gateway.refund(new RefundCommand(cash.returnId(), store.store(), cashSale, price));

      JsonPath run = run(store, paid);

      assertThat(run.getString("paymentKind")).isEqualTo("stripe");
      assertThat(run.getInt("mismatches")).isEqualTo(1);
      List<Map<String, Object>> findings = run.getList("findings");
      assertThat(findings)
          .extracting(f -> f.get("returnId") + " " + f.get("kind"))
          .containsExactly(cash.returnId() + " REFUND_NOT_EXPECTED");
      assertThat((String) findings.get(0).get("gatewayReference")).startsWith("re_");
      assertThat(run.getString("totals[0].refundedAtGateway.amount")).isEqualTo("98.00");
      assertThat(run.getString("totals[0].creditedInLedger.amount")).isEqualTo("98.00");

      StripeJournalResources.simulator().faults().outage(Fault.serverError(503));
      try {
        JsonPath down = run(store, paid);

        assertThat(down.getString("state")).isEqualTo("COMPLETED");
        assertThat(down.getInt("unverified")).isEqualTo(2);
        assertThat(down.getInt("mismatches")).isZero();
        assertThat(down.getList("findings.kind", String.class))
            .containsOnly("LOOKUP_FAILED")
            .hasSize(2);
        assertThat(down.getString("totals[0].refundedAtGateway.amount")).isEqualTo("0.00");
      } finally {
        StripeJournalResources.simulator().faults().endOutage();
      }
    }
  }

  private static JsonPath run(FakeStore store, ReturnAccepted any) {
    LocalDate day = any.acceptedAt().atZone(ZoneOffset.UTC).toLocalDate();
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "from",
                day.toString(),
                "to",
                LocalDate.now(ZoneOffset.UTC).toString(),
                "storeId",
                store.store().value()))
        .post("/api/v1/reconciliation/runs")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }
}
