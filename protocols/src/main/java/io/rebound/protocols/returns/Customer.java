package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;

/**
 * The returning customer, when known. Guarantees: {@code customerId} is 1–64 characters and not
 * blank. Carries an identifier only, never personal data.
 */
public record Customer(String customerId) {
  public Customer {
    Checks.text(customerId, "customerId", 64);
  }

  /** A validated customer reference. */
  public static Customer of(String customerId) {
    return new Customer(customerId);
  }
}
