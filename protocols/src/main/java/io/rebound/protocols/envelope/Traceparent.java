package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A W3C Trace Context {@code traceparent} ({@code 00-<32 hex trace id>-<16 hex parent id>-<2 hex
 * flags>}), carried from the POS request through MQTT to central. Guarantees: version {@code 00},
 * lower-case hex, trace id and parent id not all zeros.
 */
public record Traceparent(String value) {
  private static final int LENGTH = 55;
  private static final SecureRandom RANDOM = new SecureRandom();

  public Traceparent {
    Checks.required(value, "traceparent");
    if (!wellFormed(value)) {
      throw new InvalidMessageException(
          "traceparent", "format", "must be a W3C traceparent (version 00)");
    }
  }

  /** Parses a header value; rejects anything but a valid version-00 traceparent. */
  public static Traceparent parse(String value) {
    return new Traceparent(value);
  }

  /** A new sampled trace with a random trace id and span id. */
  public static Traceparent random() {
    byte[] ids = new byte[24]; // trace id (16 bytes), then span id (8): one call to the generator
    RANDOM.nextBytes(ids);
    ids[0] |= 1;
    ids[16] |= 1;
    HexFormat hex = HexFormat.of();
    return new Traceparent(
        "00-" + hex.formatHex(ids, 0, 16) + "-" + hex.formatHex(ids, 16, 24) + "-01");
  }

  /** The 32 hex digit trace id. */
  public String traceId() {
    return value.substring(3, 35);
  }

  @Override
  public String toString() {
    return value;
  }

  /**
   * Whether {@code v} matches {@code 00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}}
   * (written out: this runs for every request and event).
   */
  private static boolean wellFormed(String v) {
    return v.length() == LENGTH
        && v.startsWith("00-")
        && v.charAt(35) == '-'
        && v.charAt(52) == '-'
        && hexNotAllZero(v, 3, 35)
        && hexNotAllZero(v, 36, 52)
        && hex(v, 53, 55);
  }

  private static boolean hexNotAllZero(String v, int from, int to) {
    boolean nonZero = false;
    for (int i = from; i < to; i++) {
      nonZero |= v.charAt(i) != '0';
    }
    return nonZero && hex(v, from, to);
  }

  private static boolean hex(String v, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
