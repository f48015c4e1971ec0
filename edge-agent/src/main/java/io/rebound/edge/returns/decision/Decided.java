package io.rebound.edge.returns.decision;

import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.ReturnStatus;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link ReturnDecider}: status, refund instruction, and every rule that fired.
 */
public record Decided(ReturnStatus status, Refund refund, List<Decision> decisions) {
  public Decided {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(refund, "refund");
    decisions = List.copyOf(decisions);
    if (decisions.isEmpty()) {
      throw new IllegalArgumentException("a decision records at least the rule that made it");
    }
  }
}
