package io.rebound.protocols;

import java.util.List;
import java.util.regex.Pattern;

/** Argument checks used by the validated factories of this package; each names field and rule. */
public final class Checks {
  private Checks() {}

  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidMessageException(field, "required", "is required");
    }
    return value;
  }

  public static String text(String value, String field, int maxLength) {
    required(value, field);
    if (value.isBlank()) {
      throw new InvalidMessageException(field, "not-blank", "must not be blank");
    }
    if (value.length() > maxLength) {
      throw new InvalidMessageException(
          field, "max-length", "must be at most " + maxLength + " characters");
    }
    return value;
  }

  public static String matches(String value, String field, Pattern pattern, String describe) {
    required(value, field);
    if (!pattern.matcher(value).matches()) {
      throw new InvalidMessageException(field, "format", "must be " + describe);
    }
    return value;
  }

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
