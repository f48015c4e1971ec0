package io.rebound.central.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * For responses that stay open (the fleet stream): a check, asked again while they are open, that
 * the request's credentials still hold. A central session token ({@code rbo_…}) is looked up again
 * (signed out, expired, or its user disabled → no longer); an OIDC identity holds until its token's
 * expiry. HTTP Basic credentials are not re-checked (each is a password hash; the console signs in
 * with a session token).
 */
@ApplicationScoped
public class StillSignedIn {
  /** Quarkus' attribute of an identity whose credentials expire (epoch seconds). */
  static final String EXPIRE_TIME = "quarkus.identity.expire-time";

  private static final String BEARER = "bearer ";
  private final OpsAccounts accounts;

  @Inject
  public StillSignedIn(OpsAccounts accounts) {
    this.accounts = accounts;
  }

  /** The check for a request with this {@code Authorization} header and identity (blocking). */
  public BooleanSupplier of(String authorization, SecurityIdentity identity) {
    if (authorization != null
        && authorization.length() > BEARER.length()
        && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      String token = authorization.substring(BEARER.length()).trim();
      if (token.startsWith(OpsSessions.TOKEN_PREFIX)) {
        return () -> accounts.sessionOwner(token).isPresent();
      }
    }
    Object expires = identity == null ? null : identity.getAttribute(EXPIRE_TIME);
    if (expires instanceof Number seconds) {
      Instant until = Instant.ofEpochSecond(seconds.longValue());
      return () -> Instant.now().isBefore(until);
    }
    return () -> true;
  }
}
