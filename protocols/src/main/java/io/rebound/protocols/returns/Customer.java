package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;

/** The returning customer, when known. */
public record Customer(String customerId) {
  public Customer {
    Checks.text(customerId, "customerId", 64);
  }
}
