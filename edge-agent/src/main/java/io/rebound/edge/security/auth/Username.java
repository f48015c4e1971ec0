package io.rebound.edge.security.auth;

import io.rebound.protocols.InvalidMessageException;
import java.util.regex.Pattern;

/** A personal account's name: 3–64 lower-case letters, digits, '.', '_' or '-'. */
public record Username(String value) {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9._-]{3,64}");

  public Username {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidMessageException(
          "username", "format", "must be 3-64 lower-case letters, digits, '.', '_' or '-'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
