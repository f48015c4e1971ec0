package io.rebound.central.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves central's own bearer tokens to their user (a blocking database read). */
@ApplicationScoped
public class OpsTokenIdentityProvider implements IdentityProvider<OpsTokenRequest> {
  private final OpsAccounts accounts;

  @Inject
  public OpsTokenIdentityProvider(OpsAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Class<OpsTokenRequest> getRequestType() {
    return OpsTokenRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      OpsTokenRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () ->
            accounts
                .sessionOwner(request.token())
                .map(owner -> LocalIdentities.of(owner.username(), owner.role()))
                .orElseThrow(
                    () ->
                        new AuthenticationFailedException(
                            "bearer token unknown, expired or of a disabled user")));
  }
}
