package io.rebound.edge.returns.policy;

import io.rebound.protocols.returns.Decision;
import java.util.Objects;

/**
 * The policy's answer for one return: accepted (to be stored) or rejected (422, nothing stored).
 */
public sealed interface PolicyVerdict {

  /** Store the return with {@code decided}, and add {@code ledger} to the local ledger. */
  record Accepted(Decided decided, LedgerEntries ledger) implements PolicyVerdict {
    public Accepted {
      Objects.requireNonNull(decided, "decided");
      Objects.requireNonNull(ledger, "ledger");
    }
  }

  /** Refused by {@code decision.rule()}; {@code field} is the request field at fault. */
  record Rejected(Decision decision, String field, Overridable override, int policyVersion)
      implements PolicyVerdict {
    public Rejected {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(override, "override");
    }
  }
}
