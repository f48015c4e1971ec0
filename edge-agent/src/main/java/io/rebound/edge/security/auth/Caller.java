package io.rebound.edge.security.auth;

import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.ids.TerminalId;
import java.util.Optional;

/**
 * Who sent an authenticated request: always a terminal (its bearer token), and a person when the
 * request also carried a valid session of that terminal.
 */
public record Caller(TerminalId terminal, Optional<Staff> staff) {
  public Caller {
    if (terminal == null || staff == null) {
      throw new IllegalArgumentException("terminal and staff are required");
    }
  }

  /** A terminal acting on its token only. */
  public static Caller terminal(TerminalId terminal) {
    return new Caller(terminal, Optional.empty());
  }

  /** Whether a person with at least {@code role} is signed in. */
  public boolean has(StaffRole role) {
    return staff.map(s -> s.role().includes(role)).orElse(false);
  }
}
