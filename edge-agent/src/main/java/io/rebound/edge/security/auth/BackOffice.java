package io.rebound.edge.security.auth;

import io.rebound.protocols.ids.TerminalId;

/**
 * The reserved pseudo-terminal of the store manager's browser screen ({@code /ui/}): a browser has
 * no terminal token, so {@code POST /api/v1/sessions} without one opens a session bound to {@link
 * #TERMINAL}, and a request carrying only that session's {@code Rebound-Session} header
 * authenticates as its person. No POS token is ever issued for this id, and it posts no returns.
 */
public final class BackOffice {
  /** The pseudo-terminal id; reserved (no terminal token can be issued or bootstrapped for it). */
  public static final TerminalId TERMINAL = TerminalId.of("BACKOFFICE");

  private BackOffice() {}

  /** Whether {@code terminal} is the back-office pseudo-terminal (case-insensitive: reserved). */
  public static boolean is(TerminalId terminal) {
    return terminal.value().equalsIgnoreCase(TERMINAL.value());
  }
}
