package io.rebound.protocols.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The wire form of instants ({@code 2026-11-20T10:15:00Z}, {@code 2026-11-20T10:15:00.123Z}) read
 * and written without {@link java.time.format.DateTimeFormatter}, whose generic parser and printer
 * were the largest single cost of decoding and encoding a return (every message carries several
 * instants). Results are exactly those of {@link Instant#parse} and {@link Instant#toString}: the
 * fast path covers years 1000–9999 with ordinary field values; anything else (a leap second {@code
 * 23:59:60}, {@code 24:00:00}, years outside that range) goes to the JDK.
 */
final class UtcInstants {
  private static final long SECONDS_PER_DAY = 86_400;
  private static final int PLAIN_LENGTH = 20; // yyyy-mm-ddThh:mm:ssZ
  private static final int MIN_FAST_YEAR = 1000;

  private UtcInstants() {}

  /**
   * Whether {@code text} has the form {@code \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z}
   * (ASCII digits), the UTC instant format of the schemas.
   */
  static boolean wellFormed(String text) {
    int n = text.length();
    if (n < PLAIN_LENGTH || n == PLAIN_LENGTH + 1 || n > PLAIN_LENGTH + 10) {
      return false;
    }
    for (int i = 0; i < 19; i++) {
      char c = text.charAt(i);
      boolean ok =
          switch (i) {
            case 4, 7 -> c == '-';
            case 10 -> c == 'T';
            case 13, 16 -> c == ':';
            default -> digit(c);
          };
      if (!ok) {
        return false;
      }
    }
    if (n > PLAIN_LENGTH) {
      if (text.charAt(19) != '.') {
        return false;
      }
      for (int i = 20; i < n - 1; i++) {
        if (!digit(text.charAt(i))) {
          return false;
        }
      }
    }
    return text.charAt(n - 1) == 'Z';
  }

  /**
   * The instant of a {@link #wellFormed} text, as {@link Instant#parse} gives it.
   *
   * @throws DateTimeParseException as {@link Instant#parse} does for impossible dates or times
   */
  static Instant parse(String text) {
    return fast(text).orElseGet(() -> Instant.parse(text));
  }

  private static Optional<Instant> fast(String text) {
    int year = number(text, 0, 4);
    int month = number(text, 5, 7);
    int day = number(text, 8, 10);
    int hour = number(text, 11, 13);
    int minute = number(text, 14, 16);
    int second = number(text, 17, 19);
    if (year < MIN_FAST_YEAR
        || month < 1
        || month > 12
        || day < 1
        || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()
        || hour > 23
        || minute > 59
        || second > 59) {
      return Optional.empty();
    }
    int nanos = 0;
    int n = text.length();
    if (n > PLAIN_LENGTH) {
      int digits = n - 1 - 20;
      nanos = number(text, 20, n - 1);
      for (int i = digits; i < 9; i++) {
        nanos *= 10;
      }
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    long seconds = days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    return Optional.of(Instant.ofEpochSecond(seconds, nanos));
  }

  /** {@code instant} as {@link Instant#toString} writes it. */
  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    if (days < LocalDate.of(MIN_FAST_YEAR, 1, 1).toEpochDay()
        || days > LocalDate.of(9999, 12, 31).toEpochDay()) {
      return instant.toString();
    }
    LocalDate date = LocalDate.ofEpochDay(days);
    StringBuilder out = new StringBuilder(30);
    pad(out, date.getYear(), 4).append('-');
    pad(out, date.getMonthValue(), 2).append('-');
    pad(out, date.getDayOfMonth(), 2).append('T');
    pad(out, secondOfDay / 3600, 2).append(':');
    pad(out, secondOfDay / 60 % 60, 2).append(':');
    pad(out, secondOfDay % 60, 2);
    int nanos = instant.getNano();
    if (nanos > 0) {
      out.append('.');
      if (nanos % 1_000_000 == 0) {
        pad(out, nanos / 1_000_000, 3);
      } else if (nanos % 1000 == 0) {
        pad(out, nanos / 1000, 6);
      } else {
        pad(out, nanos, 9);
      }
    }
    return out.append('Z').toString();
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  private static int number(String text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
