package io.rebound.central.security;

import io.rebound.protocols.InvalidMessageException;
import java.util.regex.Pattern;

/** Rules for user names and passwords of the built-in user store. */
public final class Credentials {
  /** OWASP's floor for PBKDF2-HMAC-SHA256 (2023). */
  public static final int MIN_ITERATIONS = 600_000;

  public static final int MIN_PASSWORD_LENGTH = 12;
  public static final int MAX_PASSWORD_LENGTH = 200;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private Credentials() {}

  /**
   * Throws {@link InvalidMessageException} naming {@code field} when the user name breaks the rule.
   */
  public static void checkUsername(String field, String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new InvalidMessageException(
          field, "username", "must be 1-64 letters, digits, '.', '_', '@' or '-'");
    }
  }

  /** Throws {@link InvalidMessageException} naming {@code field} when the password is too weak. */
  public static void checkPassword(String field, String password) {
    if (password == null
        || password.length() < MIN_PASSWORD_LENGTH
        || password.length() > MAX_PASSWORD_LENGTH) {
      throw new InvalidMessageException(
          field,
          "password-length",
          "must be between " + MIN_PASSWORD_LENGTH + " and " + MAX_PASSWORD_LENGTH + " characters");
    }
  }
}
