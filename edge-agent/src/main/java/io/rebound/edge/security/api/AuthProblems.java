package io.rebound.edge.security.api;

import io.rebound.edge.http.Problem;
import io.rebound.edge.security.auth.Caller;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.ids.TerminalId;

/** The problems of authentication and authorization, each naming its rule. */
final class AuthProblems {
  private AuthProblems() {}

  static Problem missingOrWrongToken(boolean sent) {
    return Problem.of(
        401,
        "Unauthorized",
        sent ? "auth.invalid-token" : "auth.token-required",
        "Authorization",
        sent
            ? "The bearer token is not a current terminal token of this store."
            : "Every call needs 'Authorization: Bearer <terminal token>'.");
  }

  static Problem sessionInvalid() {
    return Problem.of(
        401,
        "Unauthorized",
        "auth.session-invalid",
        "Rebound-Session",
        "The session is unknown, expired or belongs to another terminal; sign in again.");
  }

  static Problem rateLimited(String who, long seconds) {
    return Problem.of(
        429,
        "Too many requests",
        "auth.rate-limit",
        null,
        who + " sent too many requests; retry in " + seconds + " s.");
  }

  static Problem roleRequired(StaffRole role, Caller caller) {
    String who =
        caller.staff().map(s -> s.username() + " (" + s.role() + ")").orElse("no one signed in");
    return Problem.of(
        403,
        "Forbidden",
        "auth.role-required",
        "Rebound-Session",
        "This action needs a signed-in "
            + role
            + "; "
            + who
            + " on terminal "
            + caller.terminal()
            + ".");
  }

  static Problem terminalMismatch(TerminalId token, String body) {
    return Problem.of(
        403,
        "Forbidden",
        "auth.terminal-matches-token",
        "terminalId",
        "terminalId '" + body + "' is not the terminal of the bearer token (" + token + ").");
  }
}
