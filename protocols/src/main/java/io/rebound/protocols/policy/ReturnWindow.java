package io.rebound.protocols.policy;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long after the sale an item may be returned, in days of the store's time zone: {@code
 * defaultDays}, or the line's {@code category} entry in {@code byCategory}. Guarantees: every value
 * is 0..{@value #MAX_DAYS}; category names are 1–64 characters, not blank; {@code byCategory} is an
 * unmodifiable map sorted by category (possibly empty).
 */
public record ReturnWindow(int defaultDays, Map<String, Integer> byCategory) {
  /** Upper bound on any window: ten years. */
  public static final int MAX_DAYS = 3_650;

  public ReturnWindow {
    PolicyChecks.range(defaultDays, "defaultDays", 0, MAX_DAYS);
    Checks.required(byCategory, "byCategory");
    TreeMap<String, Integer> sorted = new TreeMap<>();
    for (Map.Entry<String, Integer> e : byCategory.entrySet()) {
      if (e.getKey() == null) {
        throw new InvalidMessageException("byCategory", "required", "category names are required");
      }
      String field = "byCategory." + e.getKey();
      Checks.text(e.getKey(), field, 64);
      PolicyChecks.range(Checks.required(e.getValue(), field), field, 0, MAX_DAYS);
      sorted.put(e.getKey(), e.getValue());
    }
    byCategory = Collections.unmodifiableMap(sorted);
  }

  /** A validated window. */
  public static ReturnWindow of(int defaultDays, Map<String, Integer> byCategory) {
    return new ReturnWindow(defaultDays, byCategory);
  }

  /** The window of a line of {@code category} (null: no category): its entry, else the default. */
  public int daysFor(String category) {
    return category == null ? defaultDays : byCategory.getOrDefault(category, defaultDays);
  }
}
