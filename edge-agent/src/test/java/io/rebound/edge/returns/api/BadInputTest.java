package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.CARD_RETURN;
import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.store.ReadPool;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad request gets a 4xx problem+json naming field and rule, and stores nothing. */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class BadInputTest {
  private static final String JSON = "application/json";

  @Inject ReadPool reads;

  static Stream<Arguments> badBodies() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"terminalId\":", "", "json-syntax"),
        Arguments.of("empty body", "", "", "json-syntax"),
        Arguments.of("JSON array", "[]", "", "type"),
        Arguments.of(
            "missing terminalId",
            CARD_RETURN.replace("\"terminalId\":\"POS-01\",", ""),
            "terminalId",
            "required"),
        Arguments.of(
            "missing lines",
            CARD_RETURN.replaceAll(",\"lines\":\\[.*\\],", ","),
            "lines",
            "required"),
        Arguments.of(
            "empty lines",
            CARD_RETURN.replaceAll("\"lines\":\\[.*\\]", "\"lines\":[]"),
            "lines",
            "not-empty"),
        Arguments.of(
            "negative amount",
            CARD_RETURN.replace(
                "\"unitPrice\":{\"amount\":\"49.99\"", "\"unitPrice\":{\"amount\":\"-49.99\""),
            "lines[0].unitPrice.amount",
            "non-negative"),
        Arguments.of(
            "10.001 USD",
            CARD_RETURN.replace(
                "\"unitPrice\":{\"amount\":\"49.99\"", "\"unitPrice\":{\"amount\":\"10.001\""),
            "lines[0].unitPrice.amount",
            "currency-scale"),
        Arguments.of(
            "10.5 JPY",
            SampleReturns.NO_RECEIPT_RETURN.replace("USD", "JPY").replace("10.00", "10.5"),
            "lines[0].unitPrice.amount",
            "currency-scale"),
        Arguments.of(
            "unknown currency XYZ",
            CARD_RETURN.replace("USD", "XYZ"),
            "originalSale.tenders[0].amount.currency",
            "iso-4217"),
        Arguments.of(
            "quantity 0",
            CARD_RETURN.replace("\"quantity\":1", "\"quantity\":0"),
            "lines[0].quantity",
            "range"),
        Arguments.of(
            "quantity as fraction",
            CARD_RETURN.replace("\"quantity\":1", "\"quantity\":1.5"),
            "lines[0].quantity",
            "type"),
        Arguments.of(
            "amount as number",
            CARD_RETURN.replace(
                "\"unitPrice\":{\"amount\":\"49.99\"", "\"unitPrice\":{\"amount\":49.99"),
            "lines[0].unitPrice.amount",
            "decimal-string"),
        Arguments.of(
            "unknown reason",
            CARD_RETURN.replace("WRONG_SIZE", "DONT_LIKE"),
            "lines[0].reason",
            "enum"),
        Arguments.of(
            "mixed currencies",
            CARD_RETURN.replace(
                "\"unitPrice\":{\"amount\":\"49.99\",\"currency\":\"USD\"}",
                "\"unitPrice\":{\"amount\":\"49.99\",\"currency\":\"EUR\"}"),
            "originalSale.tenders[0].amount.currency",
            "single-currency"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void bad_body_is_a_400_problem_naming_the_field_and_stores_nothing(
      String label, String body, String field, String rule) {
    TableCounts before = TableCounts.of(reads);
    Response r =
        given()
            .contentType(JSON)
            .header("Idempotency-Key", newKey())
            .body(body)
            .post("/api/v1/returns");

    r.then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("rule", equalTo(rule))
        .body("type", equalTo("https://rebound.io/problems/" + rule))
        .body("title", not(equalTo("")))
        .body("detail", not(containsString("Exception")))
        .body("detail", not(containsString("\tat ")));
    if (field.isEmpty()) {
      assertThat(r.jsonPath().getString("field")).isNull();
    } else {
      assertThat(r.jsonPath().getString("field")).isEqualTo(field);
    }
    assertThat(TableCounts.of(reads)).isEqualTo(before);
  }

  static Stream<Arguments> badKeys() {
    return Stream.of(
        Arguments.of("missing", null, "required"),
        Arguments.of("too long", "k".repeat(256), "max-length"),
        Arguments.of("blank", "   ", "required"),
        Arguments.of("with a control character", "a\tb", "printable"));
  }

  @ParameterizedTest(name = "Idempotency-Key {0}")
  @MethodSource("badKeys")
  void bad_idempotency_key_is_a_400_problem_and_stores_nothing(
      String label, String key, String rule) {
    TableCounts before = TableCounts.of(reads);
    var request = given().contentType(JSON).body(CARD_RETURN);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    request
        .post("/api/v1/returns")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("Idempotency-Key"))
        .body("rule", equalTo(rule));
    assertThat(TableCounts.of(reads)).isEqualTo(before);
  }

  @Test
  void body_over_64k_is_a_413_problem_and_stores_nothing() {
    TableCounts before = TableCounts.of(reads);
    String huge =
        CARD_RETURN.replace(
            "\"customerId\":\"C-889\"", "\"customerId\":\"" + "x".repeat(100_000) + "\"");
    given()
        .contentType(JSON)
        .header("Idempotency-Key", newKey())
        .body(huge)
        .post("/api/v1/returns")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("rule", equalTo("max-body-size"))
        .body("field", equalTo("body"));
    assertThat(TableCounts.of(reads)).isEqualTo(before);
  }

  @Test
  void text_plain_is_a_415_problem_and_stores_nothing() {
    TableCounts before = TableCounts.of(reads);
    given()
        .contentType("text/plain")
        .header("Idempotency-Key", newKey())
        .body(CARD_RETURN)
        .post("/api/v1/returns")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("field", equalTo("Content-Type"))
        .body("rule", equalTo("content-type"));
    assertThat(TableCounts.of(reads)).isEqualTo(before);
  }

  @Test
  void unknown_paths_and_wrong_methods_are_problems_not_stack_traces() {
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("rule", equalTo("not-found"));
    given()
        .delete("/api/v1/returns")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .body("rule", equalTo("method-not-allowed"));
  }
}
