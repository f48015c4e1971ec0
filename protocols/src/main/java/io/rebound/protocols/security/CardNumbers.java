package io.rebound.protocols.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.InvalidMessageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects primary account numbers (card numbers) so that none is ever accepted, stored, logged or
 * sent: Rebound only carries gateway tokens and references ({@code ch_…}, {@code pi_…}).
 *
 * <p>A PAN candidate is a run of 13–19 decimal digits, optionally grouped by single spaces or
 * dashes ({@code 4111 1111 1111 1111}, {@code 4111-1111-1111-1111}), that is not glued to a letter
 * or digit on either side (so hex ids, UUIDs and gateway references like {@code ch_3Mx…} are not
 * candidates), and whose Luhn check digit is valid. The rule id is {@link #RULE}.
 */
public final class CardNumbers {
  /** The rule named in errors and dead letters. */
  public static final String RULE = "card-number-forbidden";

  /** The sentence used in errors; it never contains the offending value. */
  public static final String DETAIL =
      "must not contain a card number (a Luhn-valid 13-19 digit number); send only the payment"
          + " gateway's token or reference";

  private static final int MIN_DIGITS = 13;
  private static final int MAX_DIGITS = 19;
  private static final String MASK = "[card number removed]";

  /** Canonical UUIDs and W3C traceparents: hex ids whose digit-only groups are not PANs. */
  private static final Pattern UUID =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
              + "|[0-9a-fA-F]{2}-[0-9a-fA-F]{32}-[0-9a-fA-F]{16}-[0-9a-fA-F]{2})(?![0-9A-Za-z])");

  private CardNumbers() {}

  /** Whether {@code text} contains anything that looks like a PAN anywhere in it. */
  public static boolean looksLikePan(CharSequence text) {
    return text != null && find(text, 0)[0] >= 0;
  }

  /** {@code text} with every PAN-looking run replaced by a fixed mask (for storing or logging). */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    int from = 0;
    int copied = 0;
    while (true) {
      int[] span = find(text, from);
      if (span[0] < 0) {
        break;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, span[0]).append(MASK);
      copied = span[1];
      from = span[1];
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * Throws {@link InvalidMessageException} (rule {@link #RULE}, field = the JSON path) if any
   * object key, string or number in {@code tree} looks like a PAN. The value is never echoed.
   */
  public static void requireNoneIn(JsonNode tree) {
    firstIn(tree, "")
        .ifPresent(
            path -> {
              throw new InvalidMessageException(path, RULE, DETAIL);
            });
  }

  /** The path of the first value in {@code tree} that looks like a PAN, if any. */
  public static Optional<String> firstIn(JsonNode tree, String path) {
    if (tree == null) {
      return Optional.empty();
    }
    if (tree.isObject()) {
      for (Map.Entry<String, JsonNode> e : tree.properties()) {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (looksLikePan(e.getKey())) {
          return Optional.of(path);
        }
        Optional<String> found = firstIn(e.getValue(), child);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (tree.isArray()) {
      for (int i = 0; i < tree.size(); i++) {
        Optional<String> found = firstIn(tree.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (tree.isTextual() || tree.isNumber()) {
      return looksLikePan(tree.asText()) ? Optional.of(path) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Start (inclusive) and end (exclusive) of the first PAN at or after {@code from}, or -1. */
  private static int[] find(CharSequence s, int from) {
    int i = from;
    int n = s.length();
    List<int[]> uuids = null;
    while (i < n) {
      if (!isDigit(s.charAt(i)) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = runEnd(s, i);
      boolean bounded = end >= n || !Character.isLetterOrDigit(s.charAt(end));
      if (bounded && isPan(s, i, end)) {
        if (uuids == null) {
          uuids = uuidSpans(s);
        }
        if (!inside(uuids, i, end)) {
          return new int[] {i, end};
        }
      }
      i = Math.max(end, i + 1);
    }
    return new int[] {-1, -1};
  }

  /**
   * The spans of canonical UUIDs and W3C traceparents in {@code s}: a UUID's last two groups, or a
   * traceparent's 16-hex parent id, can be a Luhn-valid run of 16 digits (about one id in 20,000),
   * which must not make an event id, an idempotency key or a trace header a "card number".
   */
  private static List<int[]> uuidSpans(CharSequence s) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = UUID.matcher(s);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static boolean inside(List<int[]> spans, int start, int end) {
    for (int[] span : spans) {
      if (start >= span[0] && end <= span[1]) {
        return true;
      }
    }
    return false;
  }

  /** End of the digit run starting at {@code start}: digits, single space/dash between digits. */
  private static int runEnd(CharSequence s, int start) {
    int i = start;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        i++;
      } else if ((c == ' ' || c == '-') && i + 1 < n && isDigit(s.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isPan(CharSequence s, int start, int end) {
    int digits = 0;
    int sum = 0;
    for (int i = end - 1; i >= start; i--) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        continue;
      }
      int d = c - '0';
      if (digits % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      digits++;
    }
    return digits >= MIN_DIGITS && digits <= MAX_DIGITS && sum % 10 == 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
