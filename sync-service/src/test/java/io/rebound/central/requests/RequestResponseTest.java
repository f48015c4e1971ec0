package io.rebound.central.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.central.mqtt.MqttState;
import io.rebound.central.presence.PaymentGatewayHealth;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeRequester;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.ids.RequestId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.rebound.protocols.requests.CreditBlockRequest;
import io.rebound.protocols.requests.RefundAuthorizationRequest;
import io.rebound.protocols.requests.RefundAuthorizationResponse;
import io.rebound.protocols.requests.RefundDecision;
import io.rebound.protocols.requests.RequestContentTypes;
import io.rebound.protocols.requests.ReturnedSaleLine;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Central answers the stores' MQTT 5 requests over a real Mosquitto, from its own PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class RequestResponseTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final AtomicInteger SALES = new AtomicInteger();

  @Inject MqttConnection mqtt;
  @Inject PaymentGatewayHealth gateway;
  @Inject Database database;

  @BeforeEach
  void subscribed() {
    await().atMost(WAIT).until(() -> mqtt.state() == MqttState.SUBSCRIBED);
    gateway.report(GatewayHealth.HEALTHY);
  }

  @Test
  void unreturned_sale_line_is_approved_on_the_response_topic_with_the_correlation_data() {
    try (FakeRequester store = requester("auth-ok")) {
      RefundAuthorizationRequest request = request(store.store(), newKey(), newSale(), "line:1");
      RefundAuthorizationResponse answer = authorize(store, request);

      assertThat(answer.decision()).isEqualTo(RefundDecision.APPROVED);
      assertThat(answer.returnId()).isEqualTo(request.returnId());
      assertThat(answer.authorizationId()).isNotNull();
      assertThat(answer.rule()).isNull();
      assertThat(storedDecision(store.store(), request.requestKey())).isEqualTo("APPROVED");
    }
  }

  @Test
  void sale_line_approved_for_another_store_is_declined_naming_the_rule() {
    String sale = newSale();
    try (FakeRequester first = requester("auth-first");
        FakeRequester second = requester("auth-second")) {
      assertThat(authorize(first, request(first.store(), newKey(), sale, "line:7")).decision())
          .isEqualTo(RefundDecision.APPROVED);

      RefundAuthorizationResponse declined =
          authorize(second, request(second.store(), newKey(), sale, "line:7"));

      assertThat(declined.decision()).isEqualTo(RefundDecision.DECLINED);
      assertThat(declined.rule()).isEqualTo("central.sale-line.already-returned");
      assertThat(declined.message()).contains("line:7", sale, first.store().value());
      assertThat(declined.authorizationId()).isNotNull();
    }
  }

  @Test
  void concurrent_requests_of_several_stores_for_one_sale_line_approve_exactly_one() {
    String sale = newSale();
    List<FakeRequester> stores = new ArrayList<>();
    try {
      Map<String, FakeRequester> pending = new java.util.LinkedHashMap<>();
      for (int i = 0; i < 4; i++) {
        stores.add(requester("auth-race-" + i));
      }
      for (FakeRequester store : stores) {
        pending.put(
            store.request(
                MessageKind.REFUND_AUTHORIZATION_REQUEST,
                request(store.store(), newKey(), sale, "line:1")),
            store);
      }
      List<RefundDecision> decisions = new ArrayList<>();
      for (Map.Entry<String, FakeRequester> p : pending.entrySet()) {
        decisions.add(
            await()
                .atMost(WAIT)
                .until(
                    () ->
                        p.getValue()
                            .answer(p.getKey(), RefundAuthorizationResponse.class)
                            .orElse(null),
                    a -> a != null)
                .decision());
      }
      assertThat(decisions).containsOnlyOnce(RefundDecision.APPROVED);
      assertThat(decisions).filteredOn(d -> d == RefundDecision.DECLINED).hasSize(3);
    } finally {
      stores.forEach(FakeRequester::close);
    }
  }

  @Test
  void sale_line_already_returned_in_an_ingested_return_is_declined() {
    StoreId elsewhere = TestEvents.newStore("auth-ingested");
    EventEnvelope event = TestEvents.returnAccepted(elsewhere, 1);
    ReturnAccepted returned = (ReturnAccepted) event.payload();
    try (FakeStore other = new FakeStore(elsewhere, TestBroker.host(), TestBroker.port())) {
      other.publish(event);
      await().atMost(WAIT).until(() -> other.lastAckFor(event.eventId()).isPresent());
      assertThat(other.lastAckFor(event.eventId()).get().outcome()).isEqualTo(AckOutcome.STORED);
    }
    try (FakeRequester store = requester("auth-after-ingest")) {
      String sale = returned.request().originalSale().saleId();
      RefundAuthorizationResponse answer =
          authorize(store, request(store.store(), newKey(), sale, "sku:SKU-1"));

      assertThat(answer.decision()).isEqualTo(RefundDecision.DECLINED);
      assertThat(answer.message()).contains("returned", elsewhere.value());
    }
  }

  @Test
  void gateway_down_answers_unavailable_without_storing_so_a_later_retry_is_decided() {
    try (FakeRequester store = requester("auth-down")) {
      RefundAuthorizationRequest request = request(store.store(), newKey(), newSale(), "line:1");
      gateway.report(GatewayHealth.DOWN);
      RefundAuthorizationResponse unavailable;
      try {
        unavailable = authorize(store, request);
      } finally {
        gateway.report(GatewayHealth.HEALTHY);
      }
      assertThat(unavailable.decision()).isEqualTo(RefundDecision.UNAVAILABLE);
      assertThat(unavailable.authorizationId()).isNull();
      assertThat(storedDecision(store.store(), request.requestKey())).isNull();

      assertThat(authorize(store, request).decision()).isEqualTo(RefundDecision.APPROVED);
      given()
          .get("/q/metrics")
          .then()
          .body(containsString("rebound_refund_authorizations_total{decision=\"UNAVAILABLE\""));
    }
  }

  @Test
  void retry_with_the_same_request_key_and_a_new_return_id_gets_the_stored_answer() {
    String sale = newSale();
    try (FakeRequester first = requester("auth-retry-a");
        FakeRequester second = requester("auth-retry-b")) {
      authorize(first, request(first.store(), newKey(), sale, "line:3"));
      String key = newKey();
      RefundAuthorizationResponse declined =
          authorize(second, request(second.store(), key, sale, "line:3"));
      RefundAuthorizationRequest retry = request(second.store(), key, sale, "line:3");

      RefundAuthorizationResponse again = authorize(second, retry);

      assertThat(again.decision()).isEqualTo(RefundDecision.DECLINED);
      assertThat(again.authorizationId()).isEqualTo(declined.authorizationId());
      assertThat(again.message()).isEqualTo(declined.message());
      assertThat(again.returnId()).isEqualTo(retry.returnId());
      assertThat(countRows("refund_authorizations", second.store())).isEqualTo(1);
    }
  }

  @Test
  void request_for_another_store_or_with_a_foreign_response_topic_is_not_answered() {
    try (FakeRequester store = requester("auth-wrong")) {
      StoreId other = TestEvents.newStore("auth-victim");
      String forged =
          store.request(
              MessageKind.REFUND_AUTHORIZATION_REQUEST,
              request(other, newKey(), newSale(), "line:1"));
      String redirected =
          store.requestRaw(
              MessageKind.REFUND_AUTHORIZATION_REQUEST,
              ProtocolJson.toBytes(request(store.store(), newKey(), newSale(), "line:1")),
              StoreTopic.of(other, TopicKind.RESPONSES).name());
      String good =
          store.request(
              MessageKind.REFUND_AUTHORIZATION_REQUEST,
              request(store.store(), newKey(), newSale(), "line:1"));

      await()
          .atMost(WAIT)
          .until(() -> store.answer(good, RefundAuthorizationResponse.class).isPresent());
      assertThat(store.answer(forged, RefundAuthorizationResponse.class)).isEmpty();
      assertThat(store.answer(redirected, RefundAuthorizationResponse.class)).isEmpty();
      given().get("/q/metrics").then().body(containsString("rebound_requests_rejected_total"));
    }
  }

  @Test
  void credit_blocks_for_several_stores_at_once_never_overlap_and_a_repeat_gets_the_same_block() {
    List<FakeRequester> stores = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        stores.add(requester("blocks-" + i));
      }
      Map<String, FakeRequester> pending = new java.util.LinkedHashMap<>();
      List<CreditBlockRequest> requests = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (FakeRequester store : stores) {
          CreditBlockRequest request =
              CreditBlockRequest.of(store.store(), RequestId.mint(Clock.systemUTC()), 50 + round);
          requests.add(request);
          pending.put(store.request(MessageKind.CREDIT_BLOCK_REQUEST, request), store);
        }
      }
      List<CreditBlockGrant> grants = new ArrayList<>();
      for (Map.Entry<String, FakeRequester> p : pending.entrySet()) {
        grants.add(
            await()
                .atMost(WAIT)
                .until(
                    () -> p.getValue().answer(p.getKey(), CreditBlockGrant.class).orElse(null),
                    g -> g != null));
        assertThat(p.getValue().contentType(p.getKey()))
            .contains(RequestContentTypes.of(MessageKind.CREDIT_BLOCK_GRANT));
      }
      assertThat(grants).hasSize(12);
      List<CreditBlockGrant> sorted =
          grants.stream()
              .sorted(java.util.Comparator.comparingLong(CreditBlockGrant::firstNumber))
              .toList();
      for (int i = 1; i < sorted.size(); i++) {
        assertThat(sorted.get(i).firstNumber()).isGreaterThan(sorted.get(i - 1).lastNumber());
      }
      for (int i = 0; i < requests.size(); i++) {
        CreditBlockGrant g = grants.get(i);
        assertThat(g.requestId()).isEqualTo(requests.get(i).requestId());
        assertThat(g.size()).isEqualTo(requests.get(i).size());
      }

      FakeRequester first = stores.get(0);
      String repeat = first.request(MessageKind.CREDIT_BLOCK_REQUEST, requests.get(0));
      CreditBlockGrant again =
          await()
              .atMost(WAIT)
              .until(
                  () -> first.answer(repeat, CreditBlockGrant.class).orElse(null), g -> g != null);
      assertThat(again).isEqualTo(grants.get(0));

      given()
          .get("/api/v1/stores/" + first.store().value() + "/credit-blocks")
          .then()
          .statusCode(200)
          .body("storeId", equalTo(first.store().value()))
          .body("blocks", hasSize(4))
          .body("blocks[0].firstNumber", equalTo((int) grants.get(0).firstNumber()))
          .body("blocks[0].size", equalTo(50));
      given().get("/api/v1/stores/NOT_A_STORE/credit-blocks").then().statusCode(400);
    } finally {
      stores.forEach(FakeRequester::close);
    }
  }

  private RefundAuthorizationResponse authorize(
      FakeRequester store, RefundAuthorizationRequest request) {
    String correlation = store.request(MessageKind.REFUND_AUTHORIZATION_REQUEST, request);
    return await()
        .atMost(WAIT)
        .until(
            () -> store.answer(correlation, RefundAuthorizationResponse.class).orElse(null),
            a -> a != null);
  }

  private static RefundAuthorizationRequest request(
      StoreId store, String key, String sale, String lineKey) {
    return RefundAuthorizationRequest.of(
        ReturnId.mint(Clock.systemUTC()),
        store,
        key,
        sale,
        "ch_" + sale,
        Money.of("49.99", "USD"),
        List.of(ReturnedSaleLine.of(lineKey, 1)),
        Instant.now());
  }

  private static FakeRequester requester(String prefix) {
    return new FakeRequester(TestEvents.newStore(prefix));
  }

  private static String newKey() {
    byte[] bytes = new byte[32];
    new java.security.SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String newSale() {
    return "SALE-" + UUID.randomUUID() + "-" + SALES.incrementAndGet();
  }

  private String storedDecision(StoreId store, String key) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT decision FROM refund_authorizations WHERE store_id = ? AND"
                      + " request_key = ?")) {
            ps.setString(1, store.value());
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getString(1) : null;
            }
          }
        });
  }

  private int countRows(String table, StoreId store) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT count(*) FROM " + table + " WHERE store_id = ?")) {
            ps.setString(1, store.value());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getInt(1);
            }
          }
        });
  }
}
