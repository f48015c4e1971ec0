package io.rebound.protocols.policy;

import io.rebound.protocols.Checks;
import io.rebound.protocols.money.Money;

/**
 * Limits on returns without a receipt (always store credit, customer id required): at most {@code
 * perCustomerPerDay} per customer and local day at this store, and while upstream is degraded or
 * unreachable a store credit above {@code offlineStoreCreditCap} needs a manager's approval.
 * Guarantees: the cap is set; {@code perCustomerPerDay} is 0..{@value #MAX_PER_DAY} (0 refuses
 * every no-receipt return).
 */
public record NoReceiptLimits(Money offlineStoreCreditCap, int perCustomerPerDay) {
  /** Upper bound on the daily count per customer. */
  public static final int MAX_PER_DAY = 1_000;

  public NoReceiptLimits {
    Checks.required(offlineStoreCreditCap, "offlineStoreCreditCap");
    PolicyChecks.range(perCustomerPerDay, "perCustomerPerDay", 0, MAX_PER_DAY);
  }

  /** Validated no-receipt limits. */
  public static NoReceiptLimits of(Money offlineStoreCreditCap, int perCustomerPerDay) {
    return new NoReceiptLimits(offlineStoreCreditCap, perCustomerPerDay);
  }
}
