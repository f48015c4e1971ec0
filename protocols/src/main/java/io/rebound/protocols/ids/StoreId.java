package io.rebound.protocols.ids;

import io.rebound.protocols.Checks;
import java.util.regex.Pattern;

/**
 * Identifies one store. Lower-case letters, digits and dashes, 1–64 characters, so that it is safe
 * as an MQTT topic level and as an MQTT user name.
 */
public record StoreId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

  public StoreId {
    Checks.matches(
        value, "storeId", FORMAT, "1-64 lower-case letters, digits or inner dashes, e.g. store42");
  }

  /** A validated store id; rule {@code format} otherwise. */
  public static StoreId of(String value) {
    return new StoreId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
