package io.rebound.protocols;

import java.util.List;
import java.util.regex.Pattern;

/** Argument checks used by the validated factories of this package; each names field and rule. */
public final class Checks {
  private Checks() {}

  /** {@code value}, or rule {@code required}. */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidMessageException(field, "required", "is required");
    }
    return value;
  }

  /**
   * A present, non-blank text of at most {@code maxLength} chars ({@code not-blank}, {@code
   * max-length}).
   */
  public static String text(String value, String field, int maxLength) {
    required(value, field);
    if (value.isBlank()) {
      throw new InvalidMessageException(field, "not-blank", "must not be blank");
    }
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw new InvalidMessageException(
          field, "max-length", "must be at most " + maxLength + " characters");
    }
    return value;
  }

  /** A present text fully matching {@code pattern} (rule {@code format}). */
  public static String matches(String value, String field, Pattern pattern, String describe) {
    required(value, field);
    if (!pattern.matcher(value).matches()) {
      throw new InvalidMessageException(field, "format", "must be " + describe);
    }
    return value;
  }

  /** An unmodifiable copy of 1..maxSize non-null items ({@code not-empty}, {@code max-items}). */
  public static <T> List<T> nonEmpty(List<T> values, String field, int maxSize) {
    required(values, field);
    if (values.isEmpty()) {
      throw new InvalidMessageException(field, "not-empty", "must contain at least one item");
    }
    if (values.size() > maxSize) {
      throw new InvalidMessageException(
          field, "max-items", "must contain at most " + maxSize + " items");
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new InvalidMessageException(field + "[" + i + "]", "required", "is required");
      }
    }
    return List.copyOf(values);
  }
}
