package io.rebound.edge.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Identity and access at the agent ({@code rebound.security.*}). */
public interface SecurityConfig {
  /** Fewest PBKDF2 iterations accepted (OWASP 2023 for PBKDF2-HMAC-SHA256). */
  int MIN_PASSWORD_ITERATIONS = 600_000;

  /** Credentials created at the first start, so the store can be set up and used at once. */
  Bootstrap bootstrap();

  /** Per-terminal request rate limit. */
  RateLimit rateLimit();

  /** Manager/associate sessions. */
  Session session();

  /** Login lockout. */
  Login login();

  /**
   * PBKDF2-HMAC-SHA256 iterations for new password hashes (at least 600,000; each stored hash keeps
   * its own count, so raising this later does not lock anyone out).
   */
  @WithDefault("600000")
  int passwordIterations();

  /** {@code rebound.security.bootstrap.*}: read at every start, applied only when missing. */
  interface Bootstrap {
    /** Terminal whose token is {@link #terminalToken()}; both or neither must be set. */
    Optional<String> terminalId();

    /**
     * A token (at least 32 characters) for {@link #terminalId()}, stored hashed if that terminal
     * has no token yet. Lets the installer/demo enroll a first terminal; issue the others with
     * {@code POST /api/v1/terminals}.
     */
    Optional<String> terminalToken();

    /** Username of the first manager, created when no account exists yet. */
    Optional<String> managerUsername();

    /** Password of the first manager (at least 12 characters); change it after the first login. */
    Optional<String> managerPassword();

    /**
     * TEST AND DEV ONLY (ignored in production): a session token (at least 32 characters) of the
     * bootstrap manager on the bootstrap terminal that never expires, so test suites can call
     * manager endpoints without logging in.
     */
    Optional<String> managerSessionToken();
  }

  /** {@code rebound.security.rate-limit.*}: a token bucket per terminal. */
  interface RateLimit {
    /** Sustained requests per second a terminal may send. */
    @WithDefault("20")
    int requestsPerSecond();

    /** Requests a terminal may send in a burst on top of the sustained rate. */
    @WithDefault("100")
    int burst();
  }

  /** {@code rebound.security.session.*}. */
  interface Session {
    /** Lifetime of a session token from login; a new login is needed afterwards. */
    @WithDefault("30m")
    Duration ttl();
  }

  /** {@code rebound.security.login.*}: backoff after failed logins of one username. */
  interface Login {
    /** Consecutive failures allowed before the account is locked for a while. */
    @WithDefault("5")
    int maxFailures();

    /** First lock duration; doubles with every further failure while locked out. */
    @WithDefault("1m")
    Duration lockout();

    /** Longest lock duration. */
    @WithDefault("1h")
    Duration maxLockout();
  }

  /**
   * The store's message key: the JSON answered by central's {@code POST
   * /api/v1/stores/{storeId}/message-key}, saved as is (keep it 0600). Absent: {@code
   * <data-dir>/message-key.json}. Re-read when it changes (checked at most once a second). Without
   * a key, events are sent unsigned, and a central that requires signatures dead-letters them
   * without acknowledging (they stay pending here until a key is installed).
   */
  java.util.Optional<java.nio.file.Path> messageKeyFile();
}
