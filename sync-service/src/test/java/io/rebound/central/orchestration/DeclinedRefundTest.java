package io.rebound.central.orchestration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ReturnAccepted;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A card refund the gateway declines moved no money: with the default adapters (sandbox gateway,
 * journal ERP) its credit note is held as a dead letter naming the rule and the decline code, the
 * goods are still booked back into stock, and an operator's replay (after settling with the
 * customer by another tender) posts exactly one credit note.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
@TestProfile(DefaultAdaptersTest.DefaultKinds.class)
class DeclinedRefundTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Money PRICE = Money.of("19.90", "USD");
  private static final String RULE = "process.credit-note.refund-declined";

  @Test
  void a_declined_refund_books_no_credit_note_until_an_operator_replays_it_once() {
    try (FakeStore store = store("decl-cn")) {
      ReturnAccepted r =
          OrchestrationEvents.deferredCardReturn(
              store.store(), "ch_decline_cn", PRICE, 1, Instant.now().minusSeconds(60));
      store.publish(OrchestrationEvents.event(store.store(), 1, r));

      await()
          .atMost(WAIT)
          .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.STOCK_RETURN)));
      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.state")).isEqualTo("DECLINED");
      assertThat(view.getString("steps.find { it.kind == 'CREDIT_NOTE' }.state"))
          .isEqualTo("DEAD_LETTERED");
      // never sent to the ERP: no attempt, no journal entry
      assertThat(view.getList("steps.find { it.kind == 'CREDIT_NOTE' }.history")).isEmpty();
      assertThat(journalKinds(r.returnId())).containsExactly("STOCK_RETURN");

      Map<String, Object> deadLetter =
          ProcessApi.stepDeadLetter(r.returnId(), StepKind.CREDIT_NOTE);
      assertThat(deadLetter).containsEntry("rule", RULE).containsEntry("field", "step.credit_note");
      assertThat((String) deadLetter.get("reason"))
          .contains("refund declined at the gateway (card_declined)", "replay", RULE);
      // the ops console's lineage shows the held credit note with its dead letter
      Number id = (Number) deadLetter.get("id");
      assertThat(view.getLong("steps.find { it.kind == 'CREDIT_NOTE' }.deadLetter.id"))
          .isEqualTo(id.longValue());
      assertThat(view.getString("steps.find { it.kind == 'CREDIT_NOTE' }.deadLetter.rule"))
          .isEqualTo(RULE);
      assertThat(view.getString("steps.find { it.kind == 'CREDIT_NOTE' }.lastError"))
          .contains("card_declined");
      assertThat(
              view.getList(
                  "timeline.findAll { it.step == 'STEP_DEAD_LETTERED' }.detail", String.class))
          .singleElement()
          .asString()
          .startsWith("CREDIT_NOTE dead-lettered (dead letter " + id + ", rule " + RULE + ")")
          .contains("card_declined");

      replay(id).then().statusCode(200).body("result", is("REPLAYED"));
      await()
          .atMost(WAIT)
          .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.CREDIT_NOTE)));
      assertThat(journalKinds(r.returnId())).containsExactly("STOCK_RETURN", "CREDIT_NOTE");

      replay(id).then().statusCode(200).body("result", is("NO_OP"));
      assertThat(journalKinds(r.returnId())).containsExactly("STOCK_RETURN", "CREDIT_NOTE");
      JsonPath after = ProcessApi.returnView(r.returnId());
      assertThat(after.getString("steps.find { it.kind == 'REFUND' }.state")).isEqualTo("DECLINED");
      assertThat(after.getList("steps.find { it.kind == 'CREDIT_NOTE' }.history")).hasSize(1);
      assertThat(after.getString("steps.find { it.kind == 'CREDIT_NOTE' }.deadLetter.replayedAt"))
          .isNotNull();
      assertThat(after.getList("timeline.step", String.class)).contains("REPLAYED");
    }
  }

  @Test
  void a_refunded_card_return_books_its_credit_note_after_the_refund_and_before_the_stock() {
    try (FakeStore store = store("decl-ok")) {
      ReturnAccepted r =
          OrchestrationEvents.deferredCardReturn(
              store.store(), "ch_3PfineCard", PRICE, 1, Instant.now().minusSeconds(60));
      store.publish(OrchestrationEvents.event(store.store(), 1, r));

      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));
      JsonPath view = ProcessApi.returnView(r.returnId());
      Instant refunded =
          Instant.parse(view.getString("steps.find { it.kind == 'REFUND' }.lastAttemptAt"));
      Instant booked =
          Instant.parse(view.getString("steps.find { it.kind == 'CREDIT_NOTE' }.lastAttemptAt"));
      assertThat(booked).isAfterOrEqualTo(refunded);
      assertThat(journalKinds(r.returnId())).containsExactly("CREDIT_NOTE", "STOCK_RETURN");
      assertThat(view.getList("steps.deadLetter")).containsOnlyNulls();
      assertThat(view.getList("timeline.step", String.class)).doesNotContain("STEP_DEAD_LETTERED");
    }
  }

  private static List<String> journalKinds(ReturnId id) {
    return given()
        .queryParam("returnId", id.toString())
        .get("/api/v1/journal/entries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.kind", String.class);
  }

  private static Response replay(Number deadLetterId) {
    return given()
        .header("X-Operator", "ops-declined")
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/dead-letters/" + deadLetterId + "/replay");
  }

  private static FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port());
  }
}
