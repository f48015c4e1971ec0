package io.rebound.protocols;

import java.util.Objects;

/**
 * A message or value violates the Rebound contract. Always names the offending {@link #field()} (a
 * dotted path such as {@code lines[0].unitPrice.amount}; empty for the whole document) and the
 * {@link #rule()} that was broken, so that a POS or an operator can act on it without reading code.
 * The message never contains a stack trace, class name or the offending value's surroundings.
 */
public final class InvalidMessageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;
  private final String detail;

  public InvalidMessageException(String field, String rule, String detail) {
    super(format(field, rule, detail));
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  private static String format(String field, String rule, String detail) {
    String where = field == null || field.isEmpty() ? "" : field + ": ";
    return where + detail + " (rule: " + rule + ")";
  }

  /** The dotted path of the offending field, e.g. {@code lines[0].quantity}. */
  public String field() {
    return field;
  }

  /** A short machine-readable rule name, e.g. {@code required}, {@code currency-scale}. */
  public String rule() {
    return rule;
  }

  /** The human sentence without field and rule decoration, e.g. {@code is required}. */
  public String detail() {
    return detail;
  }

  /** Returns the same violation with {@code prefix} prepended to the field path. */
  public InvalidMessageException under(String prefix) {
    if (prefix == null || prefix.isEmpty()) {
      return this;
    }
    String path =
        field.isEmpty() ? prefix : field.startsWith("[") ? prefix + field : prefix + "." + field;
    return new InvalidMessageException(path, rule, detail);
  }
}
