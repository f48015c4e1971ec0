package io.rebound.central.payment;

import java.util.regex.Pattern;

/**
 * Text from a gateway made safe for logs and stored messages: any run that could be a card number
 * (12 to 19 digits, possibly split by spaces or dashes) is replaced by {@code [redacted]}. Rebound
 * never handles card numbers, but a gateway's free-text message is not under its control.
 */
public final class LogSafe {
  private static final Pattern CARD_LIKE = Pattern.compile("\\d(?:[ -]?\\d){11,18}");
  private static final int MAX_LENGTH = 500;

  private LogSafe() {}

  /** {@code text} without card-like digit runs, cut to 500 characters; "" for null. */
  public static String text(String text) {
    if (text == null) {
      return "";
    }
    String safe = CARD_LIKE.matcher(text).replaceAll("[redacted]");
    return safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) + "…" : safe;
  }
}
