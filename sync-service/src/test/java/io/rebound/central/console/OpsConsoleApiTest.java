package io.rebound.central.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.StoreStatus;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The console's static routes and the API it reads (fleet, metrics, return search). */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class OpsConsoleApiTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TestHTTPResource("/")
  URI base;

  @Test
  void console_pages_and_assets_are_served_without_login_with_a_strict_csp() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(base.resolve("/ops/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'self'")
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe"));
    assertThat(page.body()).contains("/ops/app.js");
    for (String asset :
        List.of(
            "/ops/app.js",
            "/ops/ops.css",
            "/assets/rebound.js",
            "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(base.resolve(asset)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(asset).isEqualTo(200);
    }
    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/stores/fleet")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(401);
  }

  @Test
  void ops_without_slash_redirects_and_the_store_screen_is_not_served_by_central() {
    given()
        .redirects()
        .follow(false)
        .get("/ops")
        .then()
        .statusCode(302)
        .header("Location", equalTo("/ops/"));
    given()
        .get("/ui/")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("edge agent"));
    given().get("/ui/index.html").then().statusCode(404);
  }

  @Test
  void fleet_lists_a_store_with_its_status_zone_and_no_pending_refunds() {
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("fleet-api"), TestBroker.host(), TestBroker.port())) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      store.publishStatus(
          new StoreStatus(store.store(), ConnectionState.ONLINE, now, now, "9.9.9", 4, 12));
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                Map<String, Object> row = fleetRow(store.store().value());
                assertThat(row)
                    .containsEntry("online", true)
                    .containsEntry("backlog", 4)
                    .containsEntry("oldestPendingAgeSeconds", 12)
                    .containsEntry("agentVersion", "9.9.9")
                    .containsEntry("timeZone", "UTC")
                    .containsEntry("pendingRefunds", List.of());
              });
      // the status was sampled for the chart
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  given()
                      .queryParam("storeId", store.store().value())
                      .get("/api/v1/stores/metrics")
                      .then()
                      .statusCode(200)
                      .body("storeId", equalTo(store.store().value()))
                      .body("points.backlog", hasItem(4))
                      .body("points.lagSeconds", hasItem(12)));
      given()
          .get("/api/v1/stores/metrics")
          .then()
          .statusCode(200)
          .body("storeId", equalTo(null))
          .body("points.size()", org.hamcrest.Matchers.greaterThan(0));
    }
  }

  @Test
  @Timeout(60)
  void the_fleet_stream_sends_the_fleet_on_connect_on_each_status_and_heartbeat_comments()
      throws Exception {
    String token = operatorToken();
    HttpResponse<Stream<String>> stream = fleetStream(token);
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    SseLines sse = new SseLines();
    Thread reader = new Thread(() -> stream.body().forEach(sse::accept), "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("stream-api"), TestBroker.host(), TestBroker.port())) {
      await().atMost(WAIT).until(() -> !sse.events("fleet").isEmpty());
      assertThat(sse.events("fleet").get(0)).startsWith("{\"generatedAt\"");

      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      store.publishStatus(
          new StoreStatus(store.store(), ConnectionState.ONLINE, now, now, "7.7.7", 3, 9));
      String quoted = "\"storeId\":\"" + store.store().value() + "\"";
      await()
          .atMost(WAIT)
          .until(() -> sse.events("fleet").stream().anyMatch(d -> d.contains(quoted)));
      // %test heartbeat-interval is 2 s
      await().atMost(WAIT).until(() -> sse.comments().contains("heartbeat"));
    } finally {
      stream.body().close();
    }
  }

  @Test
  @Timeout(60)
  void the_fleet_stream_ends_with_signed_out_once_its_session_is_closed() throws Exception {
    String token = operatorToken();
    HttpResponse<Stream<String>> stream = fleetStream(token);
    assertThat(stream.statusCode()).isEqualTo(200);
    SseLines sse = new SseLines();
    java.util.concurrent.CompletableFuture<Void> ended =
        java.util.concurrent.CompletableFuture.runAsync(() -> stream.body().forEach(sse::accept));
    try {
      await().atMost(WAIT).until(() -> !sse.events("fleet").isEmpty());
      HttpResponse<String> logout =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("/api/v1/ops/sessions/current"))
                      .header("Authorization", "Bearer " + token)
                      .DELETE()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(logout.statusCode()).isEqualTo(204);
      // %test heartbeat-interval is 2 s: the next heartbeat re-checks the session
      await().atMost(WAIT).until(ended::isDone);
      assertThat(sse.events("signed-out")).hasSize(1);
    } finally {
      stream.body().close();
    }
  }

  private static String operatorToken() {
    return io.rebound.central.testing.OpsTestCredentials.login(
        io.rebound.central.testing.OpsTestCredentials.USER,
        io.rebound.central.testing.OpsTestCredentials.PASSWORD);
  }

  private HttpResponse<Stream<String>> fleetStream(String token) throws Exception {
    return HttpClient.newHttpClient()
        .sendAsync(
            HttpRequest.newBuilder(base.resolve("/api/v1/stores/stream"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofLines())
        .get(10, TimeUnit.SECONDS);
  }

  /** A minimal text/event-stream parser: events by name (data joined) and comments. */
  private static final class SseLines {
    private final List<String[]> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private String name = "message";
    private final StringBuilder data = new StringBuilder();

    void accept(String line) {
      if (line.isEmpty()) {
        if (data.length() > 0) {
          events.add(new String[] {name, data.toString()});
        }
        name = "message";
        data.setLength(0);
      } else if (line.startsWith(":")) {
        comments.add(line.substring(1).strip());
      } else if (line.startsWith("event:")) {
        name = line.substring("event:".length()).strip();
      } else if (line.startsWith("data:")) {
        data.append(data.length() > 0 ? "\n" : "").append(line.substring("data:".length()).strip());
      }
    }

    List<String> events(String event) {
      return events.stream().filter(e -> e[0].equals(event)).map(e -> e[1]).toList();
    }

    List<String> comments() {
      return comments;
    }
  }

  @Test
  void metrics_and_search_refuse_bad_parameters_naming_the_field_and_rule() {
    given()
        .queryParam("since", "yesterday")
        .get("/api/v1/stores/metrics")
        .then()
        .statusCode(400)
        .body("field", equalTo("since"))
        .body("rule", equalTo("iso-8601-instant"));
    given()
        .queryParam("status", "LOST")
        .get("/api/v1/returns")
        .then()
        .statusCode(400)
        .body("field", equalTo("status"))
        .body("rule", equalTo("one-of"));
    given()
        .queryParam("after", "nonsense")
        .get("/api/v1/returns")
        .then()
        .statusCode(400)
        .body("field", equalTo("after"))
        .body("rule", equalTo("cursor"));
    given()
        .queryParam("from", "2026-02-01T00:00:00Z")
        .queryParam("to", "2026-01-01T00:00:00Z")
        .get("/api/v1/returns")
        .then()
        .statusCode(400)
        .body("field", equalTo("to"));
    given().queryParam("limit", "0").get("/api/v1/returns").then().statusCode(400);
  }

  @Test
  void search_pages_newest_first_with_a_cursor_and_filters_by_store() {
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("search-api"), TestBroker.host(), TestBroker.port())) {
      for (long seq = 1; seq <= 3; seq++) {
        store.publish(TestEvents.returnAccepted(store.store(), seq));
      }
      String id = store.store().value();
      await()
          .atMost(WAIT)
          .until(
              () ->
                  given()
                          .queryParam("storeId", id)
                          .get("/api/v1/returns")
                          .jsonPath()
                          .getList("items")
                          .size()
                      == 3);
      JsonPath first =
          given()
              .queryParam("storeId", id)
              .queryParam("limit", 2)
              .get("/api/v1/returns")
              .then()
              .statusCode(200)
              .body("next", notNullValue())
              .extract()
              .jsonPath();
      List<String> firstIds = first.getList("items.returnId");
      List<String> accepted = first.getList("items.acceptedAt");
      assertThat(accepted.get(0)).isGreaterThanOrEqualTo(accepted.get(1));
      JsonPath second =
          given()
              .queryParam("storeId", id)
              .queryParam("limit", 2)
              .queryParam("after", first.getString("next"))
              .get("/api/v1/returns")
              .then()
              .statusCode(200)
              .body("next", equalTo(null))
              .extract()
              .jsonPath();
      List<String> secondIds = second.getList("items.returnId");
      assertThat(secondIds).hasSize(1).doesNotContainAnyElementsOf(firstIds);
      given()
          .queryParam("returnId", secondIds.get(0))
          .get("/api/v1/returns")
          .then()
          .statusCode(200)
          .body("items.size()", equalTo(1))
          .body("items[0].storeId", equalTo(id))
          .body("items[0].timeZone", equalTo("UTC"));
    }
  }

  private static Map<String, Object> fleetRow(String storeId) {
    List<Map<String, Object>> stores =
        given().get("/api/v1/stores/fleet").then().statusCode(200).extract().path("stores");
    return stores.stream().filter(s -> storeId.equals(s.get("storeId"))).findFirst().orElseThrow();
  }
}
