package io.rebound.central.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.testing.CentralTestResources;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class OperabilityTest {

  @Test
  void ready_when_database_and_mqtt_subscription_are_up() {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItems("database", "mqtt-subscription")));
  }

  @Test
  void prometheus_metrics_expose_the_ingest_meters() {
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("rebound_ingest_events_total{outcome=\"stored\""))
        .body(containsString("rebound_ingest_events_total{outcome=\"duplicate\""))
        .body(containsString("rebound_ingest_events_total{outcome=\"dead_lettered\""))
        .body(containsString("rebound_ingest_batch_size"))
        .body(containsString("rebound_acks_published_total"))
        .body(containsString("rebound_dead_letters_total"))
        .body(containsString("rebound_ingest_gaps"));
  }

  @Test
  void openapi_document_lists_the_central_api() {
    given()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/returns/{returnId}"))
        .body(containsString("/api/v1/stores"));
  }
}
