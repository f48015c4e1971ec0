package io.rebound.central.security;

import static io.rebound.central.testing.OpsTestCredentials.bearer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.OpsTestCredentials;
import io.rebound.central.testing.WithoutOpsCredentials;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * With {@code quarkus.oidc.auth-server-url} set, bearer JWTs of the identity provider are accepted
 * and the values of the configured role claim map to viewer / operator; local users keep working.
 */
@QuarkusTest
@TestProfile(OidcProfile.class)
@QuarkusTestResource(CentralTestResources.class)
@WithoutOpsCredentials
class OidcBearerTest {
  @ConfigProperty(name = "test.oidc.signing-key")
  String signingKey;

  @Test
  void a_mapped_reader_claim_can_read_but_not_write() {
    String token = jwt("alice", List.of("auditors"), LocalJwks.ISSUER, 300);
    bearer(token).get("/api/v1/stores").then().statusCode(200);
    bearer(token)
        .get("/api/v1/ops/sessions/current")
        .then()
        .statusCode(200)
        .body("username", equalTo("alice"))
        .body("roles", contains("viewer"))
        .body("source", equalTo("oidc"));
    bearer(token)
        .post("/api/v1/dead-letters/1/replay")
        .then()
        .statusCode(403)
        .body("rule", equalTo("ops.role-required.operator"));
  }

  @Test
  void a_mapped_admin_claim_is_an_operator() {
    String token = jwt("bob", List.of("ops-admins"), LocalJwks.ISSUER, 300);
    bearer(token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username", "from-oidc-" + UUID.randomUUID(),
                "password", "long-enough-pw",
                "role", "viewer"))
        .post("/api/v1/ops/users")
        .then()
        .statusCode(201)
        .body("createdBy", equalTo("bob"));
  }

  @Test
  void a_claim_value_that_is_not_mapped_grants_nothing() {
    String token = jwt("carol", List.of("operator"), LocalJwks.ISSUER, 300);
    bearer(token).get("/api/v1/stores").then().statusCode(403);
  }

  @Test
  void forged_expired_or_foreign_tokens_are_401() {
    bearer(jwt("dave", List.of("ops-admins"), "https://someone-else.test", 300))
        .get("/api/v1/stores")
        .then()
        .statusCode(401);
    bearer(jwt("dave", List.of("ops-admins"), LocalJwks.ISSUER, -600))
        .get("/api/v1/stores")
        .then()
        .statusCode(401);
    String good = jwt("dave", List.of("ops-admins"), LocalJwks.ISSUER, 300);
    String forged =
        good.substring(0, good.lastIndexOf('.') + 1)
            + "AAAA"
            + good.substring(good.lastIndexOf('.') + 5);
    bearer(forged).get("/api/v1/stores").then().statusCode(401);
  }

  @Test
  void local_users_still_log_in_beside_oidc() {
    String token = OpsTestCredentials.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
    bearer(token).get("/api/v1/stores").then().statusCode(200);
  }

  private String jwt(String user, List<String> roles, String issuer, long expiresInSeconds) {
    long now = System.currentTimeMillis() / 1000;
    return Jwt.issuer(issuer)
        .subject(user)
        .preferredUserName(user)
        .claim("rebound_roles", roles)
        .issuedAt(now - 60)
        .expiresAt(now + expiresInSeconds)
        .jws()
        .keyId(LocalJwks.KEY_ID)
        .sign(privateKey());
  }

  private PrivateKey privateKey() {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signingKey)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
