package io.rebound.central.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.testing.CentralDb;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.Poisons;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class PoisonIngestTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final StoreId ELSEWHERE = StoreId.of("elsewhere");

  @Inject Database database;

  private final int mqttPort = TestBroker.port();

  private final String mqttHost = TestBroker.host();

  static Stream<Arguments> poisons() {
    return Stream.of(
        poison("not JSON", (s, e) -> Poisons.notJson(), "json-syntax", "", false),
        poison(
            "schema violation", (s, e) -> Poisons.schemaViolation(e), "schema", "sequence", true),
        poison(
            "schemaVersion 2.0",
            (s, e) -> Poisons.unknownMajor(e),
            "supported-major",
            "schemaVersion",
            true),
        poison(
            "topic store differs from envelope store",
            (s, e) -> ProtocolJson.toBytes(TestEvents.returnAccepted(ELSEWHERE, e.sequence())),
            "topic-store",
            "storeId",
            false),
        poison(
            "payload store differs from envelope store",
            (s, e) -> Poisons.payloadStore(e, ELSEWHERE),
            "same-store",
            "payload.storeId",
            true),
        poison("unknown type", (s, e) -> Poisons.unknownType(e), "known-event-type", "type", true));
  }

  private static Arguments poison(
      String name,
      BiFunction<StoreId, EventEnvelope, byte[]> payload,
      String rulePrefix,
      String field,
      boolean ackCarriesThisEventId) {
    return Arguments.of(name, payload, rulePrefix, field, ackCarriesThisEventId);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("poisons")
  void poison_message_is_dead_lettered_with_its_reason_visible_and_acked(
      String name,
      BiFunction<StoreId, EventEnvelope, byte[]> payload,
      String rulePrefix,
      String field,
      boolean ackCarriesThisEventId) {
    try (FakeStore store = new FakeStore(TestEvents.newStore("poison"), mqttHost, mqttPort)) {
      EventEnvelope valid = TestEvents.returnAccepted(store.store(), 1);
      store.publishRaw(eventsTopic(store.store()), payload.apply(store.store(), valid));

      Map<String, Object> letter =
          await().atMost(WAIT).until(() -> deadLetterOf(store.store()), Optional::isPresent).get();
      assertThat((String) letter.get("rule")).startsWith(rulePrefix);
      assertThat(letter.get("field")).isEqualTo(field);
      assertThat((String) letter.get("reason")).isNotBlank();
      assertThat(letter.get("topic")).isEqualTo(eventsTopic(store.store()));
      assertThat((String) letter.get("payload")).isNotEmpty();
      if (ackCarriesThisEventId) {
        Ack ack =
            await()
                .atMost(WAIT)
                .until(() -> store.lastAckFor(valid.eventId()), Optional::isPresent)
                .get();
        assertThat(ack.outcome()).isEqualTo(AckOutcome.DEAD_LETTERED);
        assertThat(ack.reason()).contains(field);
      }
      given()
          .get("/api/v1/dead-letters/" + letter.get("id"))
          .then()
          .statusCode(200)
          .body("rule", org.hamcrest.Matchers.equalTo(letter.get("rule")));
    }
  }

  @Test
  void misaddressed_event_is_acked_dead_lettered_to_the_topic_store() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("misaddressed"), mqttHost, mqttPort)) {
      EventEnvelope foreign = TestEvents.returnAccepted(ELSEWHERE, 1);
      store.publishRaw(eventsTopic(store.store()), ProtocolJson.toBytes(foreign));

      Ack ack =
          await()
              .atMost(WAIT)
              .until(() -> store.lastAckFor(foreign.eventId()), Optional::isPresent)
              .get();
      assertThat(ack.outcome()).isEqualTo(AckOutcome.DEAD_LETTERED);
      assertThat(new CentralDb(database).ingestedEvents(foreign.eventId())).isZero();
    }
  }

  @Test
  void redelivered_poison_adds_no_second_dead_letter_and_is_acked_again() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("poison-again"), mqttHost, mqttPort)) {
      EventEnvelope valid = TestEvents.returnAccepted(store.store(), 1);
      byte[] poison = Poisons.unknownMajor(valid);
      store.publishRaw(eventsTopic(store.store()), poison);
      await().atMost(WAIT).until(() -> store.acksFor(valid.eventId()).size() == 1);

      store.publishRaw(eventsTopic(store.store()), poison);

      await().atMost(WAIT).until(() -> store.acksFor(valid.eventId()).size() == 2);
      assertThat(store.acksFor(valid.eventId()))
          .extracting(Ack::outcome)
          .containsOnly(AckOutcome.DEAD_LETTERED);
      assertThat(new CentralDb(database).deadLettersOf(store.store())).isEqualTo(1);
      assertThat(deadLetterOf(store.store()).orElseThrow().get("redeliveries")).isEqualTo(1);
    }
  }

  @Test
  void poison_does_not_block_the_events_behind_it() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("unblocked"), mqttHost, mqttPort)) {
      EventEnvelope first = TestEvents.returnAccepted(store.store(), 1);
      EventEnvelope next = TestEvents.returnAccepted(store.store(), 2);
      store.publishRaw(eventsTopic(store.store()), Poisons.schemaViolation(first));
      store.publish(next);

      Ack ack =
          await()
              .atMost(WAIT)
              .until(() -> store.lastAckFor(next.eventId()), Optional::isPresent)
              .get();
      assertThat(ack.outcome()).isEqualTo(AckOutcome.STORED);
      assertThat(new CentralDb(database).returnsOfEvent(next.eventId())).isEqualTo(1);
    }
  }

  private static String eventsTopic(StoreId store) {
    return StoreTopic.of(store, TopicKind.EVENTS).name();
  }

  private static Optional<Map<String, Object>> deadLetterOf(StoreId store) {
    JsonPath page =
        given()
            .queryParam("limit", 500)
            .get("/api/v1/dead-letters")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = page.getList("items");
    return items.stream().filter(i -> store.value().equals(i.get("storeId"))).findFirst();
  }
}
