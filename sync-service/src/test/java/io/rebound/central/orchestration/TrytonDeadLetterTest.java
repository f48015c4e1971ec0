package io.rebound.central.orchestration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.tryton.TrytonReadBack;
import io.rebound.central.payment.stripe.sim.SimCharge;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ReturnAccepted;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With a circuit that never opens (a large request volume), every failed posting counts: after
 * {@code rebound.process.max-attempts} (3 in tests) the step is dead-lettered with the reason; once
 * trytond is back an operator's replay books exactly one document.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
@QuarkusTestResource(
    value = TrytonDeadLetterTest.ErpCircuitNeverOpens.class,
    restrictToAnnotatedClass = true)
class TrytonDeadLetterTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Money PRICE = Money.of("30.00", "EUR");

  @Test
  void a_posting_failing_max_attempts_times_is_dead_lettered_and_replay_books_one_document() {
    SimCharge charge = StripeTrytonResources.simulator().seedCharge(PRICE);
    StripeTrytonResources.tryton().stop();
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("erp-n"), TestBroker.host(), TestBroker.port())) {
      ReturnAccepted r =
          OrchestrationEvents.deferredCardReturn(
              store.store(), charge.chargeId(), PRICE, 1, Instant.now().minusSeconds(30));
      store.publish(OrchestrationEvents.event(store.store(), 1, r));

      await()
          .atMost(WAIT)
          .until(() -> ProcessApi.stepDeadLetter(r.returnId(), StepKind.CREDIT_NOTE) != null);
      Map<String, Object> deadLetter =
          ProcessApi.stepDeadLetter(r.returnId(), StepKind.CREDIT_NOTE);
      assertThat((String) deadLetter.get("reason")).contains("rebound.process.max-attempts");
      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(
              view.getList("steps.find { it.kind == 'CREDIT_NOTE' }.history.outcome", String.class))
          .containsExactly("UNAVAILABLE", "UNAVAILABLE", "UNAVAILABLE");
      assertThat(view.getList("steps.find { it.kind == 'STOCK_RETURN' }.history")).isEmpty();
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.state")).isEqualTo("SUCCEEDED");

      StripeTrytonResources.tryton().restart();
      Number id = (Number) deadLetter.get("id");
      replay(id).then().statusCode(200).body("result", is("REPLAYED"));
      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));
      replay(id).then().statusCode(200).body("result", is("NO_OP"));

      TrytonReadBack tryton = new TrytonReadBack(StripeTrytonResources.tryton());
      assertThat(tryton.countByReference(ErpReference.creditNote(r.returnId()))).isEqualTo(1);
      assertThat(tryton.countByReference(ErpReference.stockReturn(r.returnId()))).isEqualTo(1);
      assertThat(
              ProcessApi.returnView(r.returnId())
                  .getInt("steps.find { it.kind == 'CREDIT_NOTE' }.attempts"))
          .isEqualTo(1);
    }
  }

  private static io.restassured.response.Response replay(Number deadLetterId) {
    return given()
        .header("X-Operator", "ops-orch")
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/dead-letters/" + deadLetterId + "/replay");
  }

  /** The real adapters, with an ERP circuit breaker that never sees enough calls to open. */
  public static class ErpCircuitNeverOpens extends StripeTrytonResources {
    @Override
    public Map<String, String> start() {
      Map<String, String> config = new HashMap<>(super.start());
      config.put("rebound.process.erp.circuit-request-volume", "1000");
      return config;
    }
  }
}
