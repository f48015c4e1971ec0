package io.rebound.central.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Security of the operators' API ({@code rebound.ops.*}): the built-in user store, sessions,
 * lockout and the role mapping of OIDC tokens. OIDC itself is configured with Quarkus' own keys
 * ({@code quarkus.oidc.auth-server-url}, {@code quarkus.oidc.roles.role-claim-path}, …); it is off
 * while {@code quarkus.oidc.auth-server-url} is unset.
 */
public interface OpsConfig {

  /**
   * User name of the first operator, created at startup only when the user store is empty (never
   * again, and never overwritten). Needs {@code rebound.ops.bootstrap-password}.
   */
  Optional<String> bootstrapUser();

  /** Password of {@code rebound.ops.bootstrap-user} (at least 12 characters; never logged). */
  Optional<String> bootstrapPassword();

  /** Lifetime of a bearer token issued by {@code POST /api/v1/ops/sessions}. */
  @WithDefault("8H")
  Duration sessionTtl();

  /** Consecutive failed logins of one user that lock it for {@code lockout-duration}. */
  @WithDefault("5")
  int maxFailedLogins();

  /** How long a user stays locked after {@code max-failed-logins} failures. */
  @WithDefault("15M")
  Duration lockoutDuration();

  /** PBKDF2-HMAC-SHA256 iterations for new password hashes (at least 600000). */
  @WithDefault("600000")
  int passwordIterations();

  /** How roles of OIDC tokens map to central's roles. */
  Oidc oidc();

  /** Role mapping for OIDC bearer tokens ({@code rebound.ops.oidc.*}). */
  interface Oidc {
    /**
     * Values of the token's role claim (Quarkus key {@code quarkus.oidc.roles.role-claim-path},
     * default {@code groups}) that grant {@code operator}.
     */
    @WithDefault("operator")
    List<String> operatorRoles();

    /** Values of the token's role claim that grant {@code viewer}. */
    @WithDefault("viewer")
    List<String> viewerRoles();
  }
}
