package io.rebound.central.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rebound.central.db.Database;
import io.rebound.central.testing.CentralDb;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.security.CardNumbers;
import io.rebound.protocols.security.MessageKey;
import io.rebound.protocols.security.MessageSignature;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * With {@code rebound.security.require-signatures=true} (the production default): only events
 * signed with the topic store's active key are ingested; forged, unsigned or stale-key events are
 * dead-lettered with rule {@code signature} and never acknowledged to the store.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
@TestProfile(SignedIngestTest.SignaturesRequired.class)
class SignedIngestTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** The production setting. */
  public static class SignaturesRequired implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rebound.security.require-signatures", "true");
    }
  }

  @Inject Database database;

  @Test
  void an_event_signed_with_the_stores_key_is_stored_and_acked() {
    StoreId id = TestEvents.newStore("signed");
    MessageKey key = issue(id);
    try (FakeStore store = new FakeStore(id, TestBroker.host(), TestBroker.port())) {
      EventEnvelope event = TestEvents.returnAccepted(id, 1);
      store.publishSigned(event, key);
      Ack ack =
          await()
              .atMost(WAIT)
              .until(() -> store.lastAckFor(event.eventId()), Optional::isPresent)
              .get();
      assertThat(ack.outcome()).isEqualTo(AckOutcome.STORED);
    }
  }

  @Test
  void a_forged_event_with_a_real_event_id_is_dead_lettered_and_never_acks_the_real_one() {
    StoreId id = TestEvents.newStore("forged");
    MessageKey key = issue(id);
    MessageKey forger = new MessageKey(id, key.keyId(), new byte[32]);
    try (FakeStore store = new FakeStore(id, TestBroker.host(), TestBroker.port())) {
      EventEnvelope real = TestEvents.returnAccepted(id, 1);
      store.publishSigned(real, forger);

      Map<String, Object> letter = awaitDeadLetter(id, "signature");
      assertThat(letter.get("field")).isEqualTo(MessageSignature.SIGNATURE_PROPERTY);
      assertThat(letter.get("eventId")).isEqualTo(real.eventId().toString());
      // no ack at all for the forged copy: it would clear the store's real outbox row
      await().during(Duration.ofSeconds(1)).until(() -> store.acksFor(real.eventId()).isEmpty());
      assertThat(new CentralDb(database).ingestedEvents(real.eventId())).isZero();

      store.publishSigned(real, key);
      Ack ack =
          await()
              .atMost(WAIT)
              .until(() -> store.lastAckFor(real.eventId()), Optional::isPresent)
              .get();
      assertThat(ack.outcome()).isEqualTo(AckOutcome.STORED);
    }
  }

  @Test
  void unsigned_and_revoked_key_events_are_dead_lettered_unacked() {
    StoreId id = TestEvents.newStore("unsigned");
    MessageKey old = issue(id);
    MessageKey current = issue(id);
    try (FakeStore store = new FakeStore(id, TestBroker.host(), TestBroker.port())) {
      EventEnvelope unsigned = TestEvents.returnAccepted(id, 1);
      store.publish(unsigned);
      EventEnvelope stale = TestEvents.returnAccepted(id, 2);
      store.publishSigned(stale, old);
      EventEnvelope good = TestEvents.returnAccepted(id, 3);
      store.publishSigned(good, current);

      await().atMost(WAIT).until(() -> store.lastAckFor(good.eventId()).isPresent());
      await().atMost(WAIT).until(() -> deadLetters(id, "signature").size() == 2);
      assertThat(store.acksFor(unsigned.eventId())).isEmpty();
      assertThat(store.acksFor(stale.eventId())).isEmpty();
    }
  }

  @Test
  void a_signed_event_for_a_store_without_a_key_is_dead_lettered() {
    StoreId id = TestEvents.newStore("keyless");
    MessageKey elsewhere = issue(TestEvents.newStore("other"));
    try (FakeStore store = new FakeStore(id, TestBroker.host(), TestBroker.port())) {
      EventEnvelope event = TestEvents.returnAccepted(id, 1);
      store.publishSigned(event, new MessageKey(id, elsewhere.keyId(), elsewhere.secret()));
      Map<String, Object> letter = awaitDeadLetter(id, "signature");
      assertThat((String) letter.get("reason")).contains("no active message key");
    }
  }

  @Test
  void card_numbers_in_events_are_dead_lettered_masked_and_no_central_table_holds_one() {
    StoreId id = TestEvents.newStore("pan");
    MessageKey key = issue(id);
    try (FakeStore store = new FakeStore(id, TestBroker.host(), TestBroker.port())) {
      EventEnvelope event = TestEvents.returnAccepted(id, 1);
      ObjectNode tree = (ObjectNode) ProtocolJson.toTree(event);
      ((ObjectNode) tree.path("payload")).put("terminalId", "4111 1111 1111 1111");
      byte[] withPan = tree.toString().getBytes(StandardCharsets.UTF_8);
      store.publishWithProperties(withPan, signature(key, withPan));
      byte[] notJson = "{\"card\": 5555555555554444 ".getBytes(StandardCharsets.UTF_8);
      store.publishWithProperties(notJson, signature(key, notJson));

      Ack ack =
          await()
              .atMost(WAIT)
              .until(() -> store.lastAckFor(event.eventId()), Optional::isPresent)
              .get();
      assertThat(ack.outcome()).isEqualTo(AckOutcome.DEAD_LETTERED);
      assertThat(ack.reason()).contains(CardNumbers.RULE);
      Map<String, Object> letter = awaitDeadLetter(id, CardNumbers.RULE);
      assertThat(letter.get("field")).isEqualTo("payload.terminalId");
      awaitDeadLetter(id, "json-syntax");
    }
    List<String> rows = everyRowOfEveryTable();
    assertThat(rows).anyMatch(r -> r.contains("[card number removed]"));
    assertThat(rows).noneMatch(CardNumbers::looksLikePan);
  }

  private static Map<String, String> signature(MessageKey key, byte[] payload) {
    return Map.of(
        MessageSignature.SIGNATURE_PROPERTY,
        MessageSignature.sign(key, payload),
        MessageSignature.KEY_ID_PROPERTY,
        key.keyId());
  }

  /** Every row of every table of central's schema, as PostgreSQL's text form of the row. */
  private List<String> everyRowOfEveryTable() {
    return database.read(
        c -> {
          List<String> tables = new ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT quote_ident(table_name) FROM information_schema.tables"
                          + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
              tables.add(rs.getString(1));
            }
          }
          assertThat(tables).contains("dead_letters", "returns", "store_message_keys");
          List<String> rows = new ArrayList<>();
          for (String table : tables) {
            try (ResultSet rs =
                c.createStatement().executeQuery("SELECT t::text FROM " + table + " t")) {
              while (rs.next()) {
                rows.add(rs.getString(1));
              }
            }
          }
          return rows;
        });
  }

  @Test
  void issuing_a_key_needs_a_valid_store_id_and_answers_it_once_uncached() {
    given()
        .post("/api/v1/stores/Not A Store/message-key")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .post("/api/v1/stores/store-key/message-key")
        .then()
        .statusCode(201)
        .header("Cache-Control", "no-store");
  }

  static MessageKey issue(StoreId store) {
    JsonPath body =
        given()
            .post("/api/v1/stores/" + store + "/message-key")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(body.getString("storeId")).isEqualTo(store.value());
    assertThat(body.getString("algorithm")).isEqualTo(MessageKey.ALGORITHM);
    return MessageKey.of(store, body.getString("keyId"), body.getString("secret"));
  }

  private static Map<String, Object> awaitDeadLetter(StoreId store, String rule) {
    return await().atMost(WAIT).until(() -> deadLetters(store, rule), l -> !l.isEmpty()).get(0);
  }

  static List<Map<String, Object>> deadLetters(StoreId store, String rule) {
    List<Map<String, Object>> items =
        given()
            .queryParam("limit", 500)
            .get("/api/v1/dead-letters")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream()
        .filter(i -> store.value().equals(i.get("storeId")) && rule.equals(i.get("rule")))
        .toList();
  }
}
