package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.InspectionCalls.inspect;
import static io.rebound.edge.returns.api.InspectionCalls.inventory;
import static io.rebound.edge.returns.api.InspectionCalls.step;
import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.testing.ContractExamples;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused inspection is a problem+json naming field and rule, and writes nothing. */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class InspectionBadInputTest {
  @Inject ReadPool reads;

  private InspectionCalls calls;

  @BeforeEach
  void freshSkus() {
    calls = new InspectionCalls(reads);
  }

  @Test
  void line_index_beyond_the_return_and_wrong_sku_are_422_problems() {
    String id = calls.acceptReturn();
    InspectionCalls.Counts before = calls.counts();

    inspect(id, newKey(), step(2, 1, "DAMAGED"))
        .then()
        .statusCode(422)
        .body("field", equalTo("lines[0].lineIndex"))
        .body("rule", equalTo("inspection.line-exists"));
    inspect(
            id,
            newKey(),
            "{\"inspectedBy\":\"Ana\",\"lines\":[{\"lineIndex\":0,\"sku\":\"NOPE\",\"quantity\":1,"
                + "\"disposition\":\"DAMAGED\"}]}")
        .then()
        .statusCode(422)
        .body("field", equalTo("lines[0].sku"))
        .body("rule", equalTo("inspection.sku-matches-line"));
    assertThat(calls.counts()).isEqualTo(before);
  }

  @Test
  void unknown_or_malformed_return_is_a_404_problem() {
    InspectionCalls.Counts before = calls.counts();
    inspect("01936b2e-5c4a-7def-8abc-0123456789ab", newKey(), step(0, 1, "DAMAGED"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("field", equalTo("returnId"))
        .body("rule", equalTo("not-found"));
    inspect("not-a-return", newKey(), step(0, 1, "DAMAGED"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("rule", equalTo("format"));
    assertThat(calls.counts()).isEqualTo(before);
  }

  @Test
  void missing_idempotency_key_is_a_400_problem() {
    String id = calls.acceptReturn();
    given()
        .contentType(ContentType.JSON)
        .body(step(0, 1, "DAMAGED"))
        .post("/api/v1/returns/" + id + "/inspection")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("Idempotency-Key"))
        .body("rule", equalTo("required"));
  }

  static List<ContractExamples.Invalid> invalidRequests() {
    return ContractExamples.invalid(MessageKind.INSPECTION_REQUEST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void every_invalid_request_is_a_400_naming_field_and_rule_and_stores_nothing(
      ContractExamples.Invalid example) {
    String id = calls.acceptReturn();
    InspectionCalls.Counts before = calls.counts();

    Response r = inspect(id, newKey(), ProtocolJson.toJson(example.message()));

    r.then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo(example.field()))
        .body("rule", equalTo(example.rule()));
    assertThat(r.asString()).doesNotContain("Exception", "io.rebound");
    assertThat(calls.counts()).isEqualTo(before);
  }

  @Test
  void malformed_json_and_empty_body_are_400_problems() {
    String id = calls.acceptReturn();
    inspect(id, newKey(), "{\"inspectedBy\":")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("rule", equalTo("json-syntax"));
    inspect(id, newKey(), "")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("rule", equalTo("json-syntax"));
  }

  @Test
  void inventory_needs_a_sku() {
    given()
        .get("/api/v1/inventory")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("sku"))
        .body("rule", equalTo("required"));
    inventory("NEVER-RETURNED")
        .body("sku", equalTo("NEVER-RETURNED"))
        .body("quantities.PENDING_INSPECTION", equalTo(0))
        .body("quantities.SELLABLE", equalTo(0));
  }
}
