package io.rebound.edge.commands;

import static io.rebound.edge.sync.testing.BrokerResource.broker;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.returns.policy.source.ActivePolicy;
import io.rebound.edge.returns.policy.source.PolicyBeans;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.sync.testing.BrokerResource;
import io.rebound.protocols.commands.StoreCommand;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.ManagerApproval;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.receipts.ReceiptKey;
import io.rebound.protocols.receipts.ReceiptKeySet;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CommandsTestProfile.class)
class StoreCommandsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final StoreId STORE = StoreId.of(BrokerResource.STORE_ID);

  @Inject MqttConnection connection;
  @Inject ReadPool reads;
  @Inject EdgeConfig config;
  @Inject ActivePolicy policy;
  @Inject ReceiptKeyring keyring;

  @BeforeEach
  void brokerUpAndAgentConnected() {
    if (!broker().isRunning()) {
      broker().restart();
    }
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
  }

  @Test
  void policy_update_is_applied_live_and_its_approval_threshold_enforced() {
    int version = statusInt("policy.version") + 1;
    StorePolicy strict = withApprovalAbove(version, "10.00");

    try (CentralCommands central = CentralCommands.connect(broker())) {
      central.send(StoreCommand.policyUpdate(STORE, strict, Clock.systemUTC()));
    }

    await().atMost(WAIT).until(() -> statusInt("policy.version") == version);
    assertThat(status().getString("policy.source")).startsWith("central");
    JsonPath created = TokenReturns.post(TokenReturns.body("CMD-" + version, null), 201);
    assertThat(created.getString("status")).isEqualTo("PENDING_APPROVAL");
    assertThat(created.getList("decisions.rule")).contains("policy.approval.return-total");
    assertThat(policyVersionOf(created.getString("returnId"))).isEqualTo(version);
  }

  @Test
  void older_or_repeated_policy_version_is_ignored() {
    int version = statusInt("policy.version") + 2;
    try (CentralCommands central = CentralCommands.connect(broker())) {
      central.send(
          StoreCommand.policyUpdate(
              STORE, withApprovalAbove(version, "500.00"), Clock.systemUTC()));
      await().atMost(WAIT).until(() -> statusInt("policy.version") == version);

      central.send(
          StoreCommand.policyUpdate(
              STORE, withApprovalAbove(version - 1, "1.00"), Clock.systemUTC()));
      central.send(
          StoreCommand.policyUpdate(STORE, withApprovalAbove(version, "2.00"), Clock.systemUTC()));
      StorePolicy marker = withApprovalAbove(version + 1, "500.00");
      central.send(StoreCommand.policyUpdate(STORE, marker, Clock.systemUTC()));
    }

    // commands are handled in order: once the marker is in force, the two before it were seen
    await().atMost(WAIT).until(() -> statusInt("policy.version") == version + 1);
    assertThat(policy.policy().managerApproval().returnTotalAbove()).isEqualTo(usd("500.00"));
  }

  @Test
  void pushed_policy_and_receipt_keys_survive_a_restart() {
    int version = statusInt("policy.version") + 1;
    int keysVersion = statusInt("receiptKeys.version") + 1;
    ReceiptKeySet keys =
        ReceiptKeySet.of(
            keysVersion,
            List.of(TokenReturns.KEY, ReceiptKey.of("other", TokenReturns.OTHER.getPublic())));
    try (CentralCommands central = CentralCommands.connect(broker())) {
      central.send(
          StoreCommand.policyUpdate(
              STORE, withApprovalAbove(version, "400.00"), Clock.systemUTC()));
      central.send(StoreCommand.receiptKeys(STORE, keys, Clock.systemUTC()));
    }
    await()
        .atMost(WAIT)
        .until(
            () ->
                statusInt("policy.version") == version
                    && statusInt("receiptKeys.version") == keysVersion);
    assertThat(statusInt("receiptKeys.count")).isEqualTo(2);

    // what a restarted agent builds at startup, from the policy file and the SQLite file
    ActivePolicy restarted = PolicyBeans.atStartup(config, reads);
    ReceiptKeyring restartedKeys = new ReceiptKeyring(reads);

    assertThat(restarted.policy().policyVersion()).isEqualTo(version);
    assertThat(restarted.source()).isEqualTo("central (stored)");
    assertThat(restartedKeys.current().version()).isEqualTo(keysVersion);
    assertThat(restartedKeys.current().keys()).containsExactlyInAnyOrderElementsOf(keys.keys());
  }

  @Test
  void valid_receipt_token_is_accepted_with_the_broker_stopped() {
    pushTestKey();
    broker().stop();
    await().atMost(WAIT).until(() -> connection.state() != ConnectionState.CONNECTED);

    String sale = "TOK-" + Long.toString(System.nanoTime(), 36);
    JsonPath created = TokenReturns.post(TokenReturns.body(sale, TokenReturns.sign(sale, 1)), 201);

    assertThat(created.getString("mode")).isEqualTo("OFFLINE");
    assertThat(created.getList("decisions.rule")).contains("policy.receipt.token");
    assertThat(created.getString("decisions.find { it.rule == 'policy.receipt.token' }.message"))
        .contains(sale, TokenReturns.KEY.kid());
  }

  @Test
  void forged_receipt_token_is_rejected_and_nothing_stored() {
    pushTestKey();
    long before = storedReturns();
    String sale = "FORGED-" + Long.toString(System.nanoTime(), 36);

    given()
        .contentType("application/json")
        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
        .body(TokenReturns.body(sale, TokenReturns.forge(sale)))
        .post("/api/v1/returns")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("rule", org.hamcrest.Matchers.equalTo("policy.receipt.token-invalid"))
        .body("field", org.hamcrest.Matchers.equalTo("originalSale.receiptToken"))
        .body("detail", org.hamcrest.Matchers.containsString("forged"));

    assertThat(storedReturns()).isEqualTo(before);
  }

  @Test
  void altered_return_of_a_genuine_receipt_is_rejected_and_nothing_stored() {
    pushTestKey();
    long before = storedReturns();
    String sale = "ALTERED-" + Long.toString(System.nanoTime(), 36);
    String tokenForOne = TokenReturns.sign(sale, 1);

    given()
        .contentType("application/json")
        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
        .body(TokenReturns.body(sale, tokenForOne, 3))
        .post("/api/v1/returns")
        .then()
        .statusCode(422)
        .body("rule", org.hamcrest.Matchers.equalTo("policy.receipt.token-invalid"))
        .body("detail", org.hamcrest.Matchers.containsString("altered"))
        .body("detail", org.hamcrest.Matchers.containsString("lines[0].quantity"));

    assertThat(storedReturns()).isEqualTo(before);
  }

  @Test
  void malformed_command_and_command_for_another_store_change_nothing() {
    int version = statusInt("policy.version");
    int marker = version + 1;
    try (CentralCommands central = CentralCommands.connect(broker())) {
      central.send(
          STORE, "{\"type\":\"POLICY_UPDATE\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StoreCommand elsewhere =
          StoreCommand.policyUpdate(
              StoreId.of("other-store"),
              withApprovalAbove(version + 50, "1.00"),
              Clock.systemUTC());
      central.send(STORE, io.rebound.protocols.json.ProtocolJson.toBytes(elsewhere));
      central.send(
          StoreCommand.policyUpdate(STORE, withApprovalAbove(marker, "500.00"), Clock.systemUTC()));
    }

    await().atMost(WAIT).until(() -> statusInt("policy.version") == marker);
  }

  private void pushTestKey() {
    if (keyring.current().find(TokenReturns.KEY.kid()).isPresent()) {
      return;
    }
    int keysVersion = keyring.current().version() + 1;
    try (CentralCommands central = CentralCommands.connect(broker())) {
      central.send(
          StoreCommand.receiptKeys(
              STORE, ReceiptKeySet.of(keysVersion, List.of(TokenReturns.KEY)), Clock.systemUTC()));
    }
    await().atMost(WAIT).until(() -> keyring.current().version() == keysVersion);
  }

  private long storedReturns() {
    return reads.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM returns");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private int policyVersionOf(String returnId) {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT policy_version FROM returns WHERE return_id = ?")) {
            ps.setString(1, returnId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getInt(1);
            }
          }
        });
  }

  private static StorePolicy withApprovalAbove(int version, String amount) {
    StorePolicy d = StorePolicy.defaults();
    return new StorePolicy(
        version,
        d.currency(),
        d.timeZone(),
        d.returnWindow(),
        d.returnableConditions(),
        d.offline(),
        d.noReceipt(),
        ManagerApproval.of(usd(amount)));
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static JsonPath status() {
    return given().get("/api/v1/status").then().statusCode(200).extract().jsonPath();
  }

  private static int statusInt(String path) {
    return status().getInt(path);
  }
}
