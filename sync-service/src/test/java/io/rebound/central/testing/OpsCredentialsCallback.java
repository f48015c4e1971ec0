package io.rebound.central.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.RestAssuredStateManager;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/**
 * Registered for every {@code @QuarkusTest} of central (META-INF/services): before each test,
 * RestAssured's default request specification carries a session token of the test-profile bootstrap
 * operator, so tests of any endpoint pass the deny-by-default ops API without edits. The token is
 * reused while central accepts it (a restarted test application gets a new one). Classes annotated
 * {@link WithoutOpsCredentials} get no default credentials.
 */
public class OpsCredentialsCallback implements QuarkusTestBeforeEachCallback {
  private static String token;

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    RestAssured.requestSpecification = null;
    // Quarkus points RestAssured at the test application only after the callbacks; do it now
    RestAssuredStateManager.setURL(false);
    if (context.getTestInstance().getClass().isAnnotationPresent(WithoutOpsCredentials.class)) {
      return;
    }
    if (token == null || !accepted(token)) {
      token = OpsTestCredentials.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
    }
    RestAssured.requestSpecification =
        new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
  }

  private static boolean accepted(String candidate) {
    return given()
            .header("Authorization", "Bearer " + candidate)
            .get("/api/v1/ops/sessions/current")
            .statusCode()
        == 200;
  }
}
