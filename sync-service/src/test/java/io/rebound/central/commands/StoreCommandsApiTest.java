package io.rebound.central.commands;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.commands.CommandType;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.receipts.ReceiptKeySet;
import io.rebound.protocols.receipts.ReceiptTokens;
import io.rebound.protocols.receipts.TokenCheck;
import io.rebound.protocols.receipts.TokenVerdict;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class StoreCommandsApiTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static final String SALE =
      """
      {"saleId":"S-1042","channel":"STORE","soldAt":"2026-11-20T10:15:00Z",\
      "tenders":[{"type":"CARD","amount":{"amount":"99.98","currency":"USD"},"paymentReference":"ch_3Nx9"}],\
      "lines":[{"sku":"SKU-1","saleLineId":"1","quantity":%s,"unitPrice":{"amount":"49.99","currency":"USD"}}]}""";

  @Test
  void rotation_adds_an_active_key_and_old_keys_stay_listed_without_private_parts() {
    ReceiptKeySet before = keys();

    ReceiptKeySet first = rotate();
    ReceiptKeySet second = rotate();

    assertThat(first.version()).isGreaterThan(before.version());
    assertThat(second.version()).isGreaterThan(first.version());
    assertThat(second.keys()).hasSize(before.keys().size() + 2).containsAll(first.keys());
    assertThat(keys()).isEqualTo(second);
    String listed = given().get("/api/v1/receipt-keys").asString();
    assertThat(listed).doesNotContain("private", "\"d\"");
  }

  @Test
  void signed_receipt_verifies_against_the_listed_public_keys_and_is_issued_now() {
    String body =
        given()
            .contentType("application/json")
            .body(SALE.formatted("2"))
            .post("/api/v1/receipt-tokens")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String token = ProtocolJson.parseTree(body.getBytes()).get("token").asText();

    TokenCheck check = ReceiptTokens.verify(token, keys());

    assertThat(check.verdict()).isEqualTo(TokenVerdict.VALID);
    assertThat(check.claims().saleId()).isEqualTo("S-1042");
    assertThat(check.claims().issuedAt()).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));
    assertThat(check.kid()).isEqualTo(keys().keys().get(keys().keys().size() - 1).kid());
  }

  @Test
  void signing_a_bad_sale_is_a_problem_naming_field_and_rule() {
    given()
        .contentType("application/json")
        .body(SALE.formatted("\"2\""))
        .post("/api/v1/receipt-tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("lines[0].quantity"))
        .body("rule", equalTo("schema"));
  }

  @Test
  void policy_put_validates_and_refuses_a_version_that_does_not_increase() {
    StoreId store = TestEvents.newStore("policy");
    String path = "/api/v1/stores/" + store + "/policy";
    given().get(path).then().statusCode(404).contentType("application/problem+json");

    put(path, policy(3, "EUR"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("offline.cashPerReturnCap.currency"))
        .body("rule", equalTo("policy-currency"));
    put(path, policy(3, "USD").replace("\"policyVersion\":3", "\"policyVersion\":\"3\""))
        .then()
        .statusCode(400)
        .body("field", equalTo("policyVersion"))
        .body("rule", equalTo("schema"));
    put(path, policy(3, "USD")).then().statusCode(200).body("policyVersion", equalTo(3));
    put(path, policy(3, "USD"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("field", equalTo("policyVersion"))
        .body("rule", equalTo("version-increases"));
    put(path, policy(2, "USD")).then().statusCode(409);

    given()
        .get(path)
        .then()
        .statusCode(200)
        .body("storeId", equalTo(store.value()))
        .body("policyVersion", equalTo(3))
        .body("policy.offline.cashPerReturnCap.amount", equalTo("200.00"));
  }

  @Test
  void policy_put_sends_a_policy_update_to_the_store() {
    StoreId store = TestEvents.newStore("push");
    try (CommandWatcher watcher = new CommandWatcher(store)) {
      put("/api/v1/stores/" + store + "/policy", policy(5, "USD")).then().statusCode(200);

      await().atMost(WAIT).until(() -> !watcher.received(CommandType.POLICY_UPDATE).isEmpty());
      var command = watcher.received(CommandType.POLICY_UPDATE).get(0);
      assertThat(command.storeId()).isEqualTo(store);
      assertThat(command.payload().policy().policyVersion()).isEqualTo(5);
    }
  }

  @Test
  void store_coming_online_is_sent_its_policy_and_the_receipt_keys_again() {
    StoreId store = TestEvents.newStore("catchup");
    ReceiptKeySet keys = rotate();
    put("/api/v1/stores/" + store + "/policy", policy(7, "USD")).then().statusCode(200);
    // the store was offline: nothing received the push above

    try (CommandWatcher watcher = new CommandWatcher(store);
        FakeStore agent = new FakeStore(store, TestBroker.host(), TestBroker.port())) {
      agent.publishStatus(online(store, Instant.now().minusSeconds(1)));

      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                assertThat(watcher.received(CommandType.POLICY_UPDATE))
                    .anySatisfy(c -> assertThat(c.payload().policy().policyVersion()).isEqualTo(7));
                assertThat(watcher.received(CommandType.RECEIPT_KEYS))
                    .anySatisfy(
                        c -> assertThat(c.payload().receiptKeys().keys()).containsAll(keys.keys()));
              });

      // back online after another outage: sent again
      int before = watcher.received(CommandType.POLICY_UPDATE).size();
      agent.publishStatus(online(store, Instant.now()));
      await().atMost(WAIT).until(() -> watcher.received(CommandType.POLICY_UPDATE).size() > before);
    }
  }

  @Test
  void rotation_sends_the_new_key_set_to_every_known_store() {
    StoreId store = TestEvents.newStore("rotate");
    put("/api/v1/stores/" + store + "/policy", policy(1, "USD")).then().statusCode(200);
    try (CommandWatcher watcher = new CommandWatcher(store)) {
      ReceiptKeySet rotated = rotate();

      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(watcher.received(CommandType.RECEIPT_KEYS))
                      .anySatisfy(c -> assertThat(c.payload().receiptKeys()).isEqualTo(rotated)));
    }
  }

  private static StoreStatus online(StoreId store, Instant since) {
    return StoreStatus.of(store, ConnectionState.ONLINE, since, Instant.now(), "test", 0, 0);
  }

  private static io.restassured.response.Response put(String path, String body) {
    return given().contentType("application/json").body(body).put(path);
  }

  private static String policy(int version, String capCurrency) {
    return """
        {"policyVersion":%d,"currency":"USD","timeZone":"UTC",\
        "returnWindow":{"defaultDays":30,"byCategory":{}},\
        "returnableConditions":["UNOPENED","OPENED","DEFECTIVE"],\
        "offline":{"maxDurationHours":72,"cashPerReturnCap":{"amount":"200.00","currency":"%s"},\
        "cashPerStorePerDayCap":{"amount":"1000.00","currency":"USD"}},\
        "noReceipt":{"offlineStoreCreditCap":{"amount":"50.00","currency":"USD"},"perCustomerPerDay":1}}"""
        .formatted(version, capCurrency);
  }

  private static ReceiptKeySet rotate() {
    return ProtocolJson.decode(
        given().post("/api/v1/receipt-keys/rotate").then().statusCode(200).extract().asByteArray(),
        ReceiptKeySet.class);
  }

  private static ReceiptKeySet keys() {
    return ProtocolJson.decode(
        given().get("/api/v1/receipt-keys").then().statusCode(200).extract().asByteArray(),
        ReceiptKeySet.class);
  }
}
