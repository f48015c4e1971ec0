package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} ({@code 00-<32 hex trace id>-<16 hex parent id>-<2 hex
 * flags>}), carried from the POS request through MQTT to central. Guarantees: version {@code 00},
 * lower-case hex, trace id and parent id not all zeros.
 */
public record Traceparent(String value) {
  private static final Pattern FORMAT =
      Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public Traceparent {
    Checks.matches(value, "traceparent", FORMAT, "a W3C traceparent (version 00)");
  }

  /** Parses a header value; rejects anything but a valid version-00 traceparent. */
  public static Traceparent parse(String value) {
    return new Traceparent(value);
  }

  /** A new sampled trace with a random trace id and span id. */
  public static Traceparent random() {
    byte[] trace = new byte[16];
    byte[] span = new byte[8];
    RANDOM.nextBytes(trace);
    RANDOM.nextBytes(span);
    trace[0] |= 1;
    span[0] |= 1;
    HexFormat hex = HexFormat.of();
    return new Traceparent("00-" + hex.formatHex(trace) + "-" + hex.formatHex(span) + "-01");
  }

  /** The 32 hex digit trace id. */
  public String traceId() {
    return value.substring(3, 35);
  }

  @Override
  public String toString() {
    return value;
  }
}
