package io.rebound.central.http;

import io.rebound.protocols.InvalidMessageException;

/** Parses optional numeric query and path parameters, naming the parameter on failure. */
public final class QueryParams {
  private QueryParams() {}

  public static long longInRange(String text, String field, long fallback, long min, long max) {
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidMessageException(field, "integer", "must be an integer");
    }
    if (value < min || value > max) {
      throw new InvalidMessageException(field, "range", "must be between " + min + " and " + max);
    }
    return value;
  }
}
