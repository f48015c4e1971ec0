package io.rebound.edge.updates;

import static io.rebound.edge.sync.testing.BrokerResource.broker;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.requests.RequestsTestProfile;
import io.rebound.edge.store.Database;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.sync.testing.FakeCentralRequests;
import io.rebound.edge.upstream.UpstreamStatus;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import io.rebound.protocols.requests.RefundDecision;
import io.rebound.protocols.requests.ReturnUpdate;
import io.rebound.protocols.requests.ReturnUpdates;
import io.rebound.protocols.returns.UpstreamMode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Central tells the store how its returns' refunds and ERP postings ended: the agent pulls its
 * update log over real MQTT 5 request/response (a fake central on a real Mosquitto) and applies
 * each page with its cursor in one SQLite transaction.
 */
@QuarkusTest
@TestProfile(RequestsTestProfile.class)
class ReturnUpdatesTest {
  private static final Duration WAIT = Duration.ofSeconds(15);

  @Inject MqttConnection connection;
  @Inject UpstreamStatus upstream;
  @Inject ReturnUpdatesPoller poller;
  @Inject WriteLane lane;
  @Inject Database database;
  @Inject EdgeConfig config;

  private FakeCentral central;

  @BeforeEach
  void centralOnline() {
    if (!broker().isRunning()) {
      broker().restart();
    }
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
    central = FakeCentral.start(broker(), true);
    await().atMost(WAIT).until(() -> upstream.mode() == UpstreamMode.ONLINE);
    // central's gateway is down: card refunds are DEFERRED (owed) until central reports them
    central.requests().refundDecision(Optional.of(RefundDecision.UNAVAILABLE));
  }

  @AfterEach
  void centralGone() {
    central.requests().answeringUpdates(true);
    central.close();
  }

  @Test
  void deferred_card_refund_turns_issued_and_leaves_refunds_owed_when_central_reports_it() {
    ReturnId id = deferredCardReturn();
    assertThat(owedRefunds()).contains(id.toString());
    assertThat(detail(id).getString("erp.state")).isEqualTo("NOT_KNOWN_AT_STORE");

    String refundId = "re_sandbox_" + UUID.randomUUID().toString().replace("-", "");
    FakeCentralRequests.logUpdate(id, OutcomeKind.REFUND, OutcomeState.SUCCEEDED, refundId, null);
    FakeCentralRequests.logUpdate(
        id, OutcomeKind.CREDIT_NOTE, OutcomeState.SUCCEEDED, "journal:CN-" + id, null);
    FakeCentralRequests.logUpdate(
        id, OutcomeKind.STOCK_RETURN, OutcomeState.SUCCEEDED, "journal:SR-" + id, null);

    await().atMost(WAIT).until(() -> "ISSUED".equals(returnView(id).getString("refund.status")));
    assertThat(returnView(id).getString("refund.reference")).isEqualTo(refundId);
    assertThat(owedRefunds()).doesNotContain(id.toString());
    JsonPath detail = detail(id);
    assertThat(detail.getString("erp.state")).isEqualTo("POSTED");
    assertThat(detail.getList("erp.postings.kind", String.class))
        .containsExactly("CREDIT_NOTE", "STOCK_RETURN");
    assertThat(detail.getList("timeline.kind", String.class))
        .contains("REFUND_SETTLED", "POSTED_IN_ERP");
    assertThat(detail.getList("timeline.detail", String.class))
        .anySatisfy(d -> assertThat(d).contains(refundId));

    // the cursor is what the agent asks with next: its acknowledgement of everything up to it
    long last = FakeCentralRequests.lastLoggedSeq();
    await().atMost(WAIT).until(() -> poller.cursor() >= last);
    int asked = central.requests().updateRequests().size();
    await().atMost(WAIT).until(() -> central.requests().updateRequests().size() > asked);
    assertThat(central.requests().updateRequests().get(asked).after()).isGreaterThanOrEqualTo(last);
  }

  @Test
  void applying_the_same_page_twice_changes_nothing_and_a_declined_refund_leaves_refunds_owed()
      throws Exception {
    central.requests().answeringUpdates(false); // this test applies the page itself
    ReturnId id = deferredCardReturn();
    long cursor = poller.cursor();
    // logged at central while the fake does not answer: the test hands the page over itself
    ReturnUpdate declined =
        FakeCentralRequests.logUpdate(
            id,
            OutcomeKind.REFUND,
            OutcomeState.DECLINED,
            "re_declined_" + id.value(),
            "declined by the gateway: expired_card: The card has expired.");
    ReturnUpdate failed =
        FakeCentralRequests.logUpdate(
            id,
            OutcomeKind.CREDIT_NOTE,
            OutcomeState.DEAD_LETTERED,
            null,
            "refund declined: nothing to credit");
    assertThat(declined.seq()).isEqualTo(cursor + 1);
    ReturnUpdates page =
        ReturnUpdates.page(config.storeId(), List.of(declined, failed), cursor, false);

    OutcomeWriter.Applied first = apply(page);
    byte[] after = storedResponse(id);
    OutcomeWriter.Applied second = apply(page);

    assertThat(first.recorded()).isEqualTo(2);
    assertThat(first.refundsSettled()).isEqualTo(1);
    assertThat(first.cursor()).isEqualTo(cursor + 2);
    assertThat(second.recorded()).isZero();
    assertThat(second.refundsSettled()).isZero();
    assertThat(second.cursor()).isEqualTo(cursor + 2);
    assertThat(storedResponse(id)).isEqualTo(after);
    assertThat(outcomeRows(id)).isEqualTo(2);
    // an older page (a late answer) moves nothing back
    assertThat(apply(ReturnUpdates.page(config.storeId(), List.of(), cursor, false)).cursor())
        .isEqualTo(cursor + 2);

    assertThat(returnView(id).getString("refund.status")).isEqualTo("DECLINED");
    assertThat(owedRefunds()).doesNotContain(id.toString());
    JsonPath detail = detail(id);
    assertThat(detail.getString("erp.state")).isEqualTo("FAILED_AT_CENTRAL");
    assertThat(detail.getList("timeline.kind", String.class))
        .contains("REFUND_DECLINED", "FAILED_AT_CENTRAL");
  }

  @Test
  void the_cursor_is_on_disk_and_is_what_the_agent_asks_with_after_reconnecting() throws Exception {
    ReturnId id = deferredCardReturn();
    FakeCentralRequests.logUpdate(
        id, OutcomeKind.REFUND, OutcomeState.SUCCEEDED, "re_cursor_" + id.value(), null);
    long last = FakeCentralRequests.lastLoggedSeq();
    await().atMost(WAIT).until(() -> poller.cursor() >= last);

    // read back through a connection of its own: committed to the SQLite file
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.file())) {
      assertThat(UpdateCursor.read(c)).isGreaterThanOrEqualTo(last);
    }
    // a fresh central (as after central or agent restarts): the agent asks from its cursor
    central.close();
    broker().stop();
    await().atMost(WAIT).until(() -> connection.state() != ConnectionState.CONNECTED);
    broker().restart();
    central = FakeCentral.start(broker(), true);
    await().atMost(WAIT).until(() -> !central.requests().updateRequests().isEmpty());
    assertThat(central.requests().updateRequests().get(0).after()).isGreaterThanOrEqualTo(last);
    assertThat(returnView(id).getString("refund.status")).isEqualTo("ISSUED");
  }

  private OutcomeWriter.Applied apply(ReturnUpdates page) throws Exception {
    return lane.submit(c -> OutcomeWriter.apply(c, page, Instant.now())).get();
  }

  private static ReturnId deferredCardReturn() {
    String soldAt =
        Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    String body =
        """
        {"terminalId":"POS-01","originalSale":{"saleId":"WEB-%s","channel":"ECOMMERCE",\
        "soldAt":"%s","tenders":[{"type":"CARD","amount":{"amount":"49.99",\
        "currency":"USD"},"paymentReference":"ch_3PqR"}]},"lines":[{"sku":"SKU-1","quantity":1,\
        "unitPrice":{"amount":"49.99","currency":"USD"},"reason":"WRONG_SIZE",\
        "condition":"UNOPENED","saleLineId":"1"}],"refundPreference":"ORIGINAL_TENDER"}"""
            .formatted(UUID.randomUUID(), soldAt);
    String returnId =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", "settle-" + UUID.randomUUID())
            .body(body)
            .post("/api/v1/returns")
            .then()
            .statusCode(201)
            .extract()
            .path("returnId");
    ReturnId id = ReturnId.parse(returnId);
    assertThat(returnView(id).getString("refund.status")).isEqualTo("DEFERRED");
    return id;
  }

  private static JsonPath returnView(ReturnId id) {
    return given().get("/api/v1/returns/" + id).then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath detail(ReturnId id) {
    return given()
        .get("/api/v1/returns/" + id + "/detail")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> owedRefunds() {
    return given()
        .get("/api/v1/pending")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("refunds.returnId", String.class);
  }

  private byte[] storedResponse(ReturnId id) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.file());
        PreparedStatement ps =
            c.prepareStatement("SELECT response FROM returns WHERE return_id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    }
  }

  private int outcomeRows(ReturnId id) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.file());
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM return_outcomes WHERE return_id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
