package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import java.util.regex.Pattern;

/**
 * {@code major.minor} version of a message's schema. Minor versions only add optional fields and
 * are read by every reader of the same major; a different major is rejected by {@link
 * #requireSupported()}.
 */
public record SchemaVersion(int major, int minor) {
  /** The version this library writes. */
  public static final SchemaVersion CURRENT = new SchemaVersion(1, 0);

  private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,3})\\.(0|[1-9]\\d{0,3})");

  public SchemaVersion {
    if (major < 0 || minor < 0) {
      throw new InvalidMessageException("schemaVersion", "format", "must be major.minor, e.g. 1.0");
    }
  }

  /** A version from its numbers (0..9999 each). */
  public static SchemaVersion of(int major, int minor) {
    return parse(major + "." + minor);
  }

  /** Parses {@code major.minor} (no leading zeros, at most four digits each). */
  public static SchemaVersion parse(String text) {
    Checks.matches(text, "schemaVersion", FORMAT, "major.minor, e.g. 1.0");
    int dot = text.indexOf('.');
    return new SchemaVersion(
        Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
  }

  /** Rejects majors this library cannot read, with a reason naming both versions. */
  public SchemaVersion requireSupported() {
    if (major != CURRENT.major) {
      throw new InvalidMessageException(
          "schemaVersion",
          "supported-major",
          "major version "
              + major
              + " ("
              + this
              + ") is not supported; this reader understands major "
              + CURRENT.major
              + " ("
              + CURRENT
              + ")");
    }
    return this;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
