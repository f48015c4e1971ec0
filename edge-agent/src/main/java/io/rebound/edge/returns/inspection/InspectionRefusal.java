package io.rebound.edge.returns.inspection;

/**
 * Why an inspection step was refused: the HTTP status it maps to, the offending field (e.g. {@code
 * lines[1].quantity}), the rule (e.g. {@code inspection.quantity-exceeds-returned}) and a sentence
 * a store manager can act on.
 */
public record InspectionRefusal(int status, String field, String rule, String detail) {
  static final int UNPROCESSABLE = 422;
  static final int CONFLICT = 409;
}
