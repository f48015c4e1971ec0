package io.rebound.protocols.policy;

import io.rebound.protocols.Checks;
import io.rebound.protocols.money.Money;

/**
 * Manager-approval thresholds beyond the offline caps: any return whose total exceeds {@code
 * returnTotalAbove} waits for a manager, in every upstream mode. Guarantees: the threshold is set.
 */
public record ManagerApproval(Money returnTotalAbove) {
  public ManagerApproval {
    Checks.required(returnTotalAbove, "returnTotalAbove");
  }

  /** A validated threshold. */
  public static ManagerApproval of(Money returnTotalAbove) {
    return new ManagerApproval(returnTotalAbove);
  }
}
