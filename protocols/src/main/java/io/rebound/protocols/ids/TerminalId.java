package io.rebound.protocols.ids;

import io.rebound.protocols.Checks;
import java.util.regex.Pattern;

/** Identifies a POS terminal within its store: letters, digits, '.', '_' or '-', 1–64 chars. */
public record TerminalId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public TerminalId {
    Checks.matches(value, "terminalId", FORMAT, "1-64 letters, digits, '.', '_' or '-'");
  }

  /** A validated terminal id; rule {@code format} otherwise. */
  public static TerminalId of(String value) {
    return new TerminalId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
