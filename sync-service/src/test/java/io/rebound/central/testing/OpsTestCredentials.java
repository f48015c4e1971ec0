package io.rebound.central.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/**
 * The operator every {@code @QuarkusTest} central starts with ({@code
 * %test.rebound.ops.bootstrap-*} in application.properties) and helpers to log in through the API.
 */
public final class OpsTestCredentials {
  public static final String USER = "test-operator";
  public static final String PASSWORD = "test-operator-password";

  private OpsTestCredentials() {}

  /** A session token of {@code user} from {@code POST /api/v1/ops/sessions}. */
  public static String login(String user, String password) {
    return given()
        .spec(anonymous())
        .contentType(ContentType.JSON)
        .body(Map.of("username", user, "password", password))
        .post("/api/v1/ops/sessions")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  /** A request without the default credentials (for tests of authentication itself). */
  public static RequestSpecification anonymous() {
    return RestAssured.with();
  }

  /** Requests authenticated with {@code token}. */
  public static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token);
  }
}
