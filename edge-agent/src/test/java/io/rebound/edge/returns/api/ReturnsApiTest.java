package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.NO_RECEIPT_RETURN;
import static io.rebound.edge.returns.api.SampleReturns.cardReturn;
import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.rebound.edge.returns.api.SampleReturns.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.store.Database;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnResponse;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class ReturnsApiTest {
  @Inject ReadPool reads;
  @Inject Database db;

  @Test
  void accepted_return_gets_201_with_location_and_the_contract_shape() {
    Response r = post(newKey(), cardReturn());

    r.then()
        .statusCode(201)
        .contentType(ContentType.JSON)
        .body("storeId", equalTo("store-1"))
        .body("terminalId", equalTo("POS-01"))
        .body("status", equalTo("ACCEPTED"))
        .body("mode", equalTo("OFFLINE"))
        .body("total.amount", equalTo("49.99"))
        .body("total.currency", equalTo("USD"))
        .body("refund.method", equalTo("CARD"))
        .body("refund.amount.amount", equalTo("49.99"))
        .body("refund.status", equalTo("DEFERRED"))
        .body("decisions[0].rule", equalTo("policy.card.deferred"))
        .body("decisions[0].effect", equalTo("DEFER"));
    String returnId = r.path("returnId");
    assertThat(r.header("Location")).isEqualTo("/api/v1/returns/" + returnId);
    assertThat(r.header("Idempotent-Replayed")).isNull();
    ReturnResponse decoded = ProtocolJson.decode(r.asByteArray(), ReturnResponse.class);
    assertThat(decoded.returnId().toString()).isEqualTo(returnId);
  }

  @Test
  void return_outbox_event_and_key_are_written_together_with_the_next_sequence() throws Exception {
    TableCounts before = TableCounts.of(reads);
    String returnId =
        post(newKey(), cardReturn()).then().statusCode(201).extract().path("returnId");

    TableCounts after = TableCounts.of(reads);
    assertThat(after)
        .isEqualTo(
            new TableCounts(before.returns() + 1, before.outbox() + 1, before.idempotency() + 1));
    JsonPath envelope = JsonPath.from(new String(outboxEnvelope(returnId), "UTF-8"));
    assertThat(envelope.getString("type")).isEqualTo("return.accepted");
    assertThat(envelope.getLong("sequence")).isEqualTo(after.outbox());
    assertThat(envelope.getString("payload.returnId")).isEqualTo(returnId);
    assertThat(envelope.getString("payload.request.terminalId")).isEqualTo("POS-01");
    assertThat(envelope.getString("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
  }

  @Test
  void a_valid_traceparent_header_is_carried_into_the_event() throws Exception {
    String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    String returnId =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", newKey())
            .header("traceparent", traceparent)
            .body(cardReturn())
            .post("/api/v1/returns")
            .then()
            .statusCode(201)
            .extract()
            .path("returnId");
    JsonPath envelope = JsonPath.from(new String(outboxEnvelope(returnId), "UTF-8"));
    assertThat(envelope.getString("traceparent")).isEqualTo(traceparent);
  }

  @Test
  void retry_with_same_key_and_body_replays_the_first_response_byte_for_byte() {
    String key = newKey();
    String body = cardReturn();
    Response first = post(key, body);
    TableCounts afterFirst = TableCounts.of(reads);
    // same request, different formatting and key order: same canonical fingerprint
    Response replay = post(key, "\n  " + body.replace("\"quantity\":1,", "\"quantity\" : 1 ,"));

    replay.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(replay.asByteArray()).isEqualTo(first.asByteArray());
    assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
    assertThat(TableCounts.of(reads)).isEqualTo(afterFirst);
  }

  @Test
  void same_key_with_a_different_body_is_refused_with_422() {
    String key = newKey();
    String body = cardReturn();
    post(key, body).then().statusCode(201);
    TableCounts before = TableCounts.of(reads);

    post(key, body.replace("WRONG_SIZE", "WRONG_ITEM"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("status", equalTo(422))
        .body("rule", equalTo("idempotency-key-reuse"))
        .body("field", equalTo("Idempotency-Key"));
    assertThat(TableCounts.of(reads)).isEqualTo(before);
  }

  @Test
  void get_by_id_shows_the_response_plus_its_sync_state() {
    Response created = post(newKey(), NO_RECEIPT_RETURN);
    String returnId = created.path("returnId");

    given()
        .get("/api/v1/returns/" + returnId)
        .then()
        .statusCode(200)
        .body("returnId", equalTo(returnId))
        .body("refund.method", equalTo("STORE_CREDIT"))
        .body("total.amount", equalTo("20.00"))
        .body("total.currency", equalTo("USD"))
        .body("sync.state", equalTo("PENDING"))
        .body("sync.syncedAt", nullValue())
        .body("sync.eventId", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    Integer sequence = given().get("/api/v1/returns/" + returnId).path("sync.sequence");
    assertThat(sequence).isPositive();
  }

  @Test
  void unknown_or_malformed_return_ids_are_404_problems() {
    given()
        .get("/api/v1/returns/01a21664-7991-7283-b1a5-89911e59f16c")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("field", equalTo("returnId"))
        .body("rule", equalTo("not-found"));
    given()
        .get("/api/v1/returns/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("field", equalTo("returnId"));
  }

  @Test
  void list_pages_by_return_id_and_filters_by_status_and_sync() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(post(newKey(), cardReturn()).then().statusCode(201).extract().path("returnId"));
    }
    String start = ids.get(0);
    List<String> seen = new ArrayList<>();
    String cursor = previous(start);
    do {
      JsonPath page =
          given()
              .queryParam("status", "ACCEPTED")
              .queryParam("sync", "PENDING")
              .queryParam("limit", 2)
              .queryParam("after", cursor)
              .get("/api/v1/returns")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<String> items = page.getList("items.returnId");
      assertThat(items).hasSizeLessThanOrEqualTo(2);
      assertThat(page.getList("items.sync.state")).containsOnly("PENDING");
      seen.addAll(items);
      cursor = page.getString("next");
    } while (cursor != null);
    assertThat(seen).containsSubsequence(ids).isSorted();

    given()
        .get("/api/v1/returns?sync=SYNCED")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0))
        .body("next", nullValue());
  }

  @Test
  void bad_list_parameters_are_400_problems_naming_the_parameter() {
    given()
        .get("/api/v1/returns?sync=MAYBE")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("sync"))
        .body("rule", equalTo("enum"));
    given()
        .get("/api/v1/returns?limit=5000")
        .then()
        .statusCode(400)
        .body("field", equalTo("limit"))
        .body("rule", equalTo("range"));
    given().get("/api/v1/returns?after=x").then().statusCode(400).body("field", equalTo("after"));
  }

  @Test
  void the_agent_database_runs_in_wal_mode_with_full_synchronous_writes() throws Exception {
    assertThat(db.file().getFileName().toString()).isEqualTo("edge.db");
    try (Connection c = db.openWriteConnection();
        Statement s = c.createStatement();
        ResultSet journal = s.executeQuery("PRAGMA journal_mode")) {
      assertThat(journal.getString(1)).isEqualTo("wal");
      try (ResultSet sync = s.executeQuery("PRAGMA synchronous")) {
        assertThat(sync.getInt(1)).isEqualTo(2);
      }
    }
  }

  @Test
  void readiness_reports_the_sqlite_check_up() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'sqlite' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'sqlite' }.data.writeLane", equalTo("RUNNING"));
  }

  /** The smallest v7 id of the same millisecond, so {@code after=} it includes {@code id}. */
  private static String previous(String id) {
    return id.substring(0, 15) + "000-8000-000000000000";
  }

  private byte[] outboxEnvelope(String returnId) {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT envelope FROM outbox WHERE return_id = ?")) {
            ps.setString(1, returnId);
            try (ResultSet rs = ps.executeQuery()) {
              assertThat(rs.next()).isTrue();
              return rs.getBytes(1);
            }
          }
        });
  }
}
