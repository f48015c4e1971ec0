package io.rebound.central.stores;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.StoreId;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class StoreTrackingTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final int mqttPort = TestBroker.port();

  private final String mqttHost = TestBroker.host();

  @Test
  void out_of_order_sequences_3_1_2_end_contiguous_at_3_without_gap() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("order"), mqttHost, mqttPort)) {
      publishAndAwaitAck(store, 3);
      storeJson(store.store())
          .body("lastSequence", equalTo(0))
          .body("highestSequence", equalTo(3))
          .body("missingSequences", equalTo(2))
          .body("gapSince", notNullValue());

      publishAndAwaitAck(store, 1);
      publishAndAwaitAck(store, 2);

      storeJson(store.store())
          .body("lastSequence", equalTo(3))
          .body("highestSequence", equalTo(3))
          .body("missingSequences", equalTo(0))
          .body("gapSince", nullValue());
    }
  }

  @Test
  void missing_4_with_5_present_shows_a_gap_until_4_arrives() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("gap"), mqttHost, mqttPort)) {
      for (long seq : new long[] {1, 2, 3, 5}) {
        publishAndAwaitAck(store, seq);
      }
      storeJson(store.store())
          .body("lastSequence", equalTo(3))
          .body("highestSequence", equalTo(5))
          .body("missingSequences", equalTo(1))
          .body("gapSince", notNullValue());

      publishAndAwaitAck(store, 4);

      storeJson(store.store())
          .body("lastSequence", equalTo(5))
          .body("missingSequences", equalTo(0))
          .body("gapSince", nullValue());
    }
  }

  @Test
  void retained_status_is_reflected_by_get_stores_and_the_last_will_turns_it_offline() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("status"), mqttHost, mqttPort)) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      store.publishStatus(
          new StoreStatus(store.store(), ConnectionState.ONLINE, now, now, "0.1.0-test", 7, 42));

      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                Map<String, Object> s = listed(store.store());
                org.assertj.core.api.Assertions.assertThat(s)
                    .containsEntry("online", true)
                    .containsEntry("connectionState", "ONLINE")
                    .containsEntry("backlog", 7)
                    .containsEntry("oldestPendingAgeSeconds", 42)
                    .containsEntry("agentVersion", "0.1.0-test");
                org.assertj.core.api.Assertions.assertThat(s.get("lastSeen")).isNotNull();
              });

      store.publishStatus(
          new StoreStatus(store.store(), ConnectionState.OFFLINE, now, now, "0.1.0-test", 7, 42));

      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  org.assertj.core.api.Assertions.assertThat(listed(store.store()))
                      .containsEntry("online", false)
                      .containsEntry("connectionState", "OFFLINE"));
    }
  }

  @Test
  void unknown_store_is_a_404_problem() {
    given()
        .get("/api/v1/stores/never-seen-store")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  private static void publishAndAwaitAck(FakeStore store, long sequence) {
    EventEnvelope event = TestEvents.returnAccepted(store.store(), sequence);
    store.publish(event);
    await().atMost(WAIT).until(() -> store.lastAckFor(event.eventId()).isPresent());
  }

  private static io.restassured.response.ValidatableResponse storeJson(StoreId store) {
    return given().get("/api/v1/stores/" + store.value()).then().statusCode(200);
  }

  private static Map<String, Object> listed(StoreId store) {
    JsonPath all = given().get("/api/v1/stores").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> stores = all.getList("");
    return stores.stream()
        .filter(s -> store.value().equals(s.get("storeId")))
        .findFirst()
        .orElse(Map.of());
  }
}
