package io.rebound.central.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Central with OIDC switched on against {@link LocalJwks}, roles from a custom claim. */
public class OidcProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.oidc.discovery-enabled", "false",
        "quarkus.oidc.client-id", "rebound-central",
        "quarkus.oidc.token.issuer", LocalJwks.ISSUER,
        "quarkus.oidc.roles.role-claim-path", "rebound_roles",
        "rebound.ops.oidc.operator-roles", "ops-admins",
        "rebound.ops.oidc.viewer-roles", "ops-readers,auditors");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(LocalJwks.class));
  }
}
