package io.rebound.central.security;

import java.time.Instant;

/** The result of checking a user name and password against the built-in user store. */
public sealed interface LoginOutcome {

  /** The password is right and the user is active and not locked. */
  record Accepted(StoredUser user) implements LoginOutcome {}

  /** Unknown user, wrong password or disabled user (the caller is not told which). */
  record Rejected(String reason) implements LoginOutcome {}

  /** Too many failed logins: no password is checked until {@code until}. */
  record Locked(Instant until) implements LoginOutcome {}
}
