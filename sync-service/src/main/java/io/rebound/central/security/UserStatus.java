package io.rebound.central.security;

import io.rebound.protocols.InvalidMessageException;

/** Whether a user of the built-in store may log in ({@code ACTIVE}) or not ({@code DISABLED}). */
public enum UserStatus {
  ACTIVE,
  DISABLED;

  /** Parses {@code ACTIVE} or {@code DISABLED}, naming {@code field} when it is neither. */
  public static UserStatus parse(String field, String text) {
    for (UserStatus status : values()) {
      if (status.name().equals(text)) {
        return status;
      }
    }
    throw new InvalidMessageException(field, "status", "must be one of ACTIVE, DISABLED");
  }
}
