package io.rebound.central.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * HTTP Basic against the built-in user store (for scripts; each request pays the PBKDF2 check and
 * is audited as a login, so prefer a session token for anything that polls).
 */
@ApplicationScoped
public class OpsPasswordIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
  private final LocalLogin login;

  @Inject
  public OpsPasswordIdentityProvider(LocalLogin login) {
    this.login = login;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> {
          String password = new String(request.getPassword().getPassword());
          LoginOutcome outcome = login.login(request.getUsername(), password, LoginChannel.BASIC);
          if (outcome instanceof LoginOutcome.Accepted accepted) {
            return LocalIdentities.of(accepted.user().username(), accepted.user().role());
          }
          throw new AuthenticationFailedException("HTTP Basic credentials refused");
        });
  }
}
