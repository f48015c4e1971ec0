package io.rebound.central.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.config.OpsConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * Maps the roles of an OIDC identity (values of {@code quarkus.oidc.roles.role-claim-path}) to
 * central's roles: {@code rebound.ops.oidc.operator-roles} → operator, {@code
 * rebound.ops.oidc.viewer-roles} → viewer. The token's own role names are dropped, so a claim value
 * that merely spells {@code operator} grants nothing unless it is listed.
 */
@ApplicationScoped
public class OidcRoleAugmentor implements SecurityIdentityAugmentor {
  private final OpsConfig.Oidc mapping;

  @Inject
  public OidcRoleAugmentor(CentralConfig config) {
    this.mapping = config.ops().oidc();
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || LocalIdentities.isLocal(identity)) {
      return Uni.createFrom().item(identity);
    }
    Set<OpsRole> granted = rolesOf(identity.getRoles());
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(identity.getPrincipal())
            .addCredentials(identity.getCredentials())
            .addAttributes(identity.getAttributes());
    granted.forEach(role -> builder.addRole(role.roleName()));
    return Uni.createFrom().item(builder.build());
  }

  Set<OpsRole> rolesOf(Set<String> claimValues) {
    Set<OpsRole> granted = EnumSet.noneOf(OpsRole.class);
    for (String value : claimValues) {
      if (mapping.operatorRoles().contains(value)) {
        granted.add(OpsRole.OPERATOR);
      }
      if (mapping.viewerRoles().contains(value)) {
        granted.add(OpsRole.VIEWER);
      }
    }
    return granted;
  }
}
