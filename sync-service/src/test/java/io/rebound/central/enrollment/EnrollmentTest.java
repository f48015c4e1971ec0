package io.rebound.central.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.security.MessageKeys;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.OpsTestCredentials;
import io.rebound.protocols.ids.StoreId;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
// anonymous issuing (401) is covered by OpsAuthorizationTest, which walks every API operation
class EnrollmentTest {
  @Inject Database database;
  @Inject MessageKeys messageKeys;

  private static String issueCode(String store) {
    return given()
        .post("/api/v1/stores/" + store + "/enrollment-codes")
        .then()
        .statusCode(201)
        .header("Cache-Control", "no-store")
        .body("storeId", equalTo(store))
        .body("code", startsWith("rbe-"))
        .extract()
        .path("code");
  }

  private static io.restassured.response.ValidatableResponse enroll(String code) {
    return OpsTestCredentials.anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("code", code))
        .post("/api/v1/enrollments")
        .then();
  }

  @Test
  void a_code_enrolls_its_store_once_and_a_second_use_is_a_409() {
    String code = issueCode("store-enroll-1");

    JsonPath answer =
        enroll(code).statusCode(201).header("Cache-Control", "no-store").extract().jsonPath();

    assertThat(answer.getString("storeId")).isEqualTo("store-enroll-1");
    assertThat(answer.getString("messageKey.storeId")).isEqualTo("store-enroll-1");
    assertThat(answer.getString("messageKey.secret")).hasSizeGreaterThanOrEqualTo(43);
    assertThat(answer.getString("messageKey.algorithm")).isEqualTo("HMAC-SHA256");
    assertThat(answer.getMap("receiptKeys")).containsKey("version");
    assertThat(messageKeys.active(StoreId.of("store-enroll-1")))
        .hasValueSatisfying(
            k -> assertThat(k.keyId()).isEqualTo(answer.getString("messageKey.keyId")));

    enroll(code)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("field", equalTo("code"))
        .body("rule", equalTo("enrollment.code-used"));
  }

  @Test
  void an_expired_code_is_a_410_and_an_unknown_one_a_404() throws Exception {
    String code = issueCode("store-enroll-2");
    database.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE enrollment_codes SET expires_at = now() - interval '1 minute' WHERE code_hash = ?")) {
            ps.setString(1, EnrollmentCodes.hash(code));
            return ps.executeUpdate();
          }
        });

    enroll(code).statusCode(410).body("rule", equalTo("enrollment.code-expired"));
    enroll("rbe-00000000000000000000000000000000")
        .statusCode(404)
        .body("rule", equalTo("enrollment.code-unknown"));
    enroll(" ").statusCode(400).body("field", equalTo("code"));
  }
}
