package io.rebound.central.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Security identities of users of the built-in store. */
final class LocalIdentities {
  /** Identity attribute naming where a user came from: {@code local} or absent (OIDC). */
  static final String SOURCE = "rebound.ops.source";

  static final String LOCAL = "local";

  private LocalIdentities() {}

  static SecurityIdentity of(String username, OpsRole role) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(username))
        .addRole(role.roleName())
        .addAttribute(SOURCE, LOCAL)
        .build();
  }

  static boolean isLocal(SecurityIdentity identity) {
    return LOCAL.equals(identity.getAttribute(SOURCE));
  }
}
