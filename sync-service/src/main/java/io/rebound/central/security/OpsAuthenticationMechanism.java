package io.rebound.central.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Central's own credentials: {@code Authorization: Bearer rbo_…} (a session token) or {@code
 * Authorization: Basic …} (user store). Any other bearer token is left to the OIDC mechanism
 * (active only when {@code quarkus.oidc.auth-server-url} is set). Runs first, so its challenge (a
 * problem+json 401 naming both schemes) is the one sent.
 */
@ApplicationScoped
public class OpsAuthenticationMechanism implements HttpAuthenticationMechanism {
  private static final String BASIC = "basic ";
  private static final String BEARER = "bearer ";

  private final SecurityProblems problems;

  @Inject
  public OpsAuthenticationMechanism(SecurityProblems problems) {
    this.problems = problems;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext ctx, IdentityProviderManager identityProviderManager) {
    String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return Uni.createFrom().nullItem();
    }
    if (startsWith(header, BEARER)) {
      String token = header.substring(BEARER.length()).trim();
      if (!token.startsWith(OpsSessions.TOKEN_PREFIX)) {
        return Uni.createFrom().nullItem();
      }
      return authenticate(new OpsTokenRequest(token), ctx, identityProviderManager);
    }
    if (startsWith(header, BASIC)) {
      return basic(header.substring(BASIC.length()).trim())
          .map(r -> authenticate(r, ctx, identityProviderManager))
          .orElseGet(
              () ->
                  Uni.createFrom()
                      .failure(new AuthenticationFailedException("malformed Basic credentials")));
    }
    return Uni.createFrom().nullItem();
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(
            new ChallengeData(
                401,
                SecurityProblems.WWW_AUTHENTICATE,
                "Bearer realm=\"" + SecurityProblems.REALM + "\""));
  }

  @Override
  public Uni<Boolean> sendChallenge(RoutingContext context) {
    problems.unauthorized(
        context,
        "this API needs a bearer token (POST /api/v1/ops/sessions) or HTTP Basic credentials");
    return Uni.createFrom().item(Boolean.TRUE);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(OpsTokenRequest.class, UsernamePasswordAuthenticationRequest.class);
  }

  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 2000;
  }

  private static Uni<SecurityIdentity> authenticate(
      AuthenticationRequest request, RoutingContext ctx, IdentityProviderManager manager) {
    return manager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, ctx));
  }

  private static java.util.Optional<UsernamePasswordAuthenticationRequest> basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new UsernamePasswordAuthenticationRequest(
            decoded.substring(0, colon),
            new PasswordCredential(decoded.substring(colon + 1).toCharArray())));
  }

  private static boolean startsWith(String header, String scheme) {
    return header.regionMatches(true, 0, scheme, 0, scheme.length());
  }
}
