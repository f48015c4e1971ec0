package io.rebound.edge.returns.policy;

import io.rebound.protocols.ids.ReturnId;
import java.util.Objects;

/** What the local ledger knows of earlier returns of one sale line: how many, first on which. */
public record PriorReturn(ReturnId firstReturnId, int quantity) {
  public PriorReturn {
    Objects.requireNonNull(firstReturnId, "firstReturnId");
    if (quantity < 1) {
      throw new IllegalArgumentException("a prior return has a positive quantity: " + quantity);
    }
  }
}
