package io.rebound.central.security;

import io.rebound.protocols.InvalidMessageException;
import java.util.Locale;

/**
 * Roles of the operators' API. {@code viewer} may read; {@code operator} may also change state
 * (every POST, PUT, PATCH and DELETE under {@code /api/v1}).
 */
public enum OpsRole {
  VIEWER,
  OPERATOR;

  /** The role name used in identities, permission policies and JSON ({@code viewer}). */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code viewer} or {@code operator}, naming {@code field} when it is neither. */
  public static OpsRole parse(String field, String text) {
    for (OpsRole role : values()) {
      if (role.roleName().equals(text)) {
        return role;
      }
    }
    throw new InvalidMessageException(field, "role", "must be one of viewer, operator");
  }
}
