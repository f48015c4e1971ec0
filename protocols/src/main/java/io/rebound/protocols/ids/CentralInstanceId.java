package io.rebound.protocols.ids;

import io.rebound.protocols.Checks;
import java.util.regex.Pattern;

/**
 * Identifies one running central (sync-service) instance: its MQTT client id. Letters, digits,
 * {@code .}, {@code _} and {@code -}, 1–128 characters, so that it is safe as an MQTT topic level
 * (no {@code /}, {@code +}, {@code #} or leading {@code $}).
 */
public record CentralInstanceId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  public CentralInstanceId {
    Checks.matches(
        value,
        "instanceId",
        FORMAT,
        "1-128 letters, digits, '.', '_' or '-', e.g. rebound-central-a");
  }

  /** A validated instance id; rule {@code format} otherwise. */
  public static CentralInstanceId of(String value) {
    return new CentralInstanceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
