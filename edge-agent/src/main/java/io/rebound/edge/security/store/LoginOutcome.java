package io.rebound.edge.security.store;

import io.rebound.edge.security.auth.Staff;
import java.time.Instant;

/** How a login attempt ended. */
public sealed interface LoginOutcome {
  /** Signed in: the session token (shown once) and its expiry. */
  record SignedIn(Staff staff, String token, Instant expiresAt) implements LoginOutcome {}

  /** Unknown username or wrong password (deliberately not told apart). */
  record Refused() implements LoginOutcome {}

  /** Too many failures: no attempt is checked until {@code until}. */
  record Locked(Instant until) implements LoginOutcome {}
}
