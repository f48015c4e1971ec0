package io.rebound.edge.returns.policy;

import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.ReturnStatus;
import java.util.List;
import java.util.Objects;

/**
 * An accepted return's decision: status, refund instruction, every rule that fired, and the version
 * of the policy that decided.
 */
public record Decided(
    ReturnStatus status, Refund refund, List<Decision> decisions, int policyVersion) {
  public Decided {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(refund, "refund");
    decisions = List.copyOf(decisions);
    if (decisions.isEmpty()) {
      throw new IllegalArgumentException("a decision records at least the rule that made it");
    }
  }
}
