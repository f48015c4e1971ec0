package io.rebound.central.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.deadletters.DeadLetterWriter;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.Poisons;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dead letters of both kinds, their replay, and the audit trail. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class ReplayTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject
  @Identifier("scripted")
  ScriptedGateway gateway;

  @Inject Database database;

  private FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port());
  }

  private static long id(Map<String, Object> deadLetter) {
    return ((Number) deadLetter.get("id")).longValue();
  }

  @Test
  void refund_dead_lettered_after_max_attempts_is_replayed_once_looked_up_first_and_audited() {
    try (FakeStore store = store("replay")) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      // the gateway keeps the refund pending through all 3 attempts (rebound.process.max-attempts)
      gateway.script(
          r.returnId(),
          ScriptedGateway.Behaviour.PENDING,
          ScriptedGateway.Behaviour.PENDING,
          ScriptedGateway.Behaviour.PENDING);
      store.publish(ProcessEvents.event(store.store(), 1, r));

      await()
          .atMost(WAIT)
          .until(() -> "DEAD_LETTERED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));
      Map<String, Object> letter = ProcessApi.stepDeadLetter(r.returnId(), StepKind.REFUND);
      assertThat(letter).isNotNull();
      assertThat(letter.get("rule")).isEqualTo("max-attempts");
      assertThat((String) letter.get("reason")).contains("3 attempt(s)").contains("pending");
      assertThat(letter.get("storeId")).isEqualTo(store.store().value());
      int callsBefore = gateway.callsFor(r.returnId()).size();

      given()
          .contentType("application/json")
          .body("{\"operator\":\"ops-ana\"}")
          .post("/api/v1/dead-letters/" + id(letter) + "/replay")
          .then()
          .statusCode(200)
          .body("result", equalTo("REPLAYED"))
          .body("kind", equalTo("STEP"))
          .body("step", equalTo("REFUND"))
          .body("returnId", equalTo(r.returnId().value().toString()))
          .body("auditId", notNullValue());

      await()
          .atMost(WAIT)
          .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));
      List<ScriptedGateway.Call> afterReplay =
          gateway
              .callsFor(r.returnId())
              .subList(callsBefore, gateway.callsFor(r.returnId()).size());
      assertThat(afterReplay.get(0).operation()).isEqualTo("find");
      assertThat(afterReplay).extracting(ScriptedGateway.Call::operation).doesNotContain("created");
      assertThat(gateway.refundsCreated(r.returnId())).isEqualTo(1);

      given()
          .header("X-Operator", "ops-ben")
          .post("/api/v1/dead-letters/" + id(letter) + "/replay")
          .then()
          .statusCode(200)
          .body("result", equalTo("NO_OP"))
          .body("detail", containsString("already SUCCEEDED"));

      List<Map<String, Object>> audit =
          given().queryParam("limit", 500).get("/api/v1/audit").jsonPath().getList("items");
      assertThat(audit)
          .filteredOn(e -> ("dead-letter " + id(letter)).equals(e.get("target")))
          .extracting(e -> e.get("operator") + ":" + e.get("result"))
          .containsExactly("test-operator:REPLAYED", "test-operator:NO_OP");
      assertThat(ProcessApi.stepDeadLetter(r.returnId(), StepKind.REFUND).get("replayedAt"))
          .isNotNull();
      assertThat(
              ProcessApi.returnView(r.returnId())
                  .getList("timeline.findAll { it.step == 'REPLAYED' }.detail", String.class))
          .hasSize(2)
          .allMatch(d -> d.contains("replayed by test-operator"));
    }
  }

  @Test
  void a_claim_whose_instance_died_mid_call_is_taken_back_and_the_refund_looked_up_first()
      throws Exception {
    try (FakeStore store = store("lease")) {
      ReturnAccepted r =
          ProcessEvents.accepted(
              store.store(),
              ReturnStatus.PENDING_APPROVAL,
              RefundMethod.CARD,
              RefundStatus.PENDING_APPROVAL);
      store.publish(ProcessEvents.event(store.store(), 1, r));
      await().atMost(WAIT).until(() -> ProcessApi.returnView(r.returnId()) != null);
      // an instance claimed the refund and died during the gateway call: its lease ran out
      database.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO process_steps (return_id, store_id, kind, erp_order, ordered_at,"
                        + " state, next_attempt_at, claimed_by, lease_until, created_at,"
                        + " updated_at) VALUES (?, ?, 'REFUND', 0, now(), 'IN_PROGRESS', now(),"
                        + " 'crashed-instance', now() - interval '1 second', now(), now())")) {
              ps.setObject(1, r.returnId().value());
              ps.setString(2, store.store().value());
              return ps.executeUpdate();
            }
          });

      await()
          .atMost(WAIT)
          .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));

      assertThat(gateway.callsFor(r.returnId()))
          .extracting(ScriptedGateway.Call::operation)
          .containsExactly("find", "refund", "created");
      assertThat(
              ProcessApi.returnView(r.returnId())
                  .getString("steps.find { it.kind == 'REFUND' }.history[0].instance"))
          .isNotEqualTo("crashed-instance");
    }
  }

  @Test
  void a_rejected_posting_dead_letters_at_once_without_retries() {
    try (FakeStore store = store("reject")) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      gateway.script(r.returnId(), ScriptedGateway.Behaviour.REJECT);
      store.publish(ProcessEvents.event(store.store(), 1, r));

      await()
          .atMost(WAIT)
          .until(() -> "DEAD_LETTERED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));

      assertThat(gateway.callsFor(r.returnId())).hasSize(1);
      assertThat(ProcessApi.stepDeadLetter(r.returnId(), StepKind.REFUND).get("rule"))
          .isEqualTo("gateway-rejected");
    }
  }

  @Test
  void an_unknown_dead_letter_is_404() {
    given()
        .header("X-Operator", "ops-ana")
        .post("/api/v1/dead-letters/999999999/replay")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void a_poison_message_that_is_still_poison_is_refused_with_409_and_changes_nothing() {
    try (FakeStore store = store("poison")) {
      EventEnvelope valid = TestEvents.returnAccepted(store.store(), 1);
      store.publishRaw(
          StoreTopic.of(store.store(), TopicKind.EVENTS).name(), Poisons.unknownMajor(valid));
      await().atMost(WAIT).until(() -> store.lastAckFor(valid.eventId()).isPresent());
      Map<String, Object> letter =
          ProcessApi.deadLetters().stream()
              .filter(d -> store.store().value().equals(d.get("storeId")))
              .findFirst()
              .orElseThrow();
      assertThat(letter.get("kind")).isEqualTo("MESSAGE");

      given()
          .header("X-Operator", "ops-ana")
          .post("/api/v1/dead-letters/" + id(letter) + "/replay")
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("rule", equalTo("replay-refused"))
          .body("detail", containsString("supported-major"));

      assertThat(ProcessApi.returnView(((ReturnAccepted) valid.payload()).returnId())).isNull();
      List<Map<String, Object>> audit =
          given().queryParam("limit", 500).get("/api/v1/audit").jsonPath().getList("items");
      assertThat(audit)
          .filteredOn(e -> ("dead-letter " + id(letter)).equals(e.get("target")))
          .extracting(e -> e.get("result"))
          .containsExactly("REFUSED");
    }
  }

  @Test
  void a_message_dead_lettered_by_an_older_release_is_reingested_once_through_the_normal_path()
      throws Exception {
    try (FakeStore store = store("reingest")) {
      EventEnvelope valid = TestEvents.returnAccepted(store.store(), 1);
      ReturnAccepted r = (ReturnAccepted) valid.payload();
      String topic = StoreTopic.of(store.store(), TopicKind.EVENTS).name();
      database.inTransaction(
          c ->
              DeadLetterWriter.insert(
                  c,
                  new DeadLetterWriter.NewDeadLetter(
                      "payload: refused by an older release (rule: schema.test)",
                      "schema.test",
                      "payload",
                      topic,
                      Optional.of(store.store().value()),
                      Optional.of(valid.eventId().value()),
                      1,
                      Instant.now(),
                      ProtocolJson.toBytes(valid))));
      Map<String, Object> letter =
          ProcessApi.deadLetters().stream()
              .filter(d -> store.store().value().equals(d.get("storeId")))
              .findFirst()
              .orElseThrow();

      given()
          .header("X-Operator", "ops-ana")
          .post("/api/v1/dead-letters/" + id(letter) + "/replay")
          .then()
          .statusCode(200)
          .body("result", equalTo("REINGESTED"));

      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  store
                      .lastAckFor(valid.eventId())
                      .map(a -> a.outcome() == AckOutcome.STORED)
                      .orElse(false));
      given()
          .header("X-Operator", "ops-ana")
          .post("/api/v1/dead-letters/" + id(letter) + "/replay")
          .then()
          .statusCode(200)
          .body("result", equalTo("NO_OP"));
      assertThat(gateway.refundsCreated(r.returnId())).isEqualTo(1);
    }
  }
}
