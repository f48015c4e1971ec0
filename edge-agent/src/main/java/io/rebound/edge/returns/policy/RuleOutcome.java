package io.rebound.edge.returns.policy;

import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import java.util.Objects;

/** What one rule says about a return: a value, never an exception. */
public sealed interface RuleOutcome {

  /** The rule does not apply or has nothing to add; nothing is recorded. */
  record Pass() implements RuleOutcome {}

  /** The rule applies and allows the return as it stands (effect ACCEPT or DEFER). */
  record Allow(Decision decision) implements RuleOutcome {
    public Allow {
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** The return is stored but its refund waits for a manager ({@code PENDING_APPROVAL}). */
  record RequireApproval(Decision decision) implements RuleOutcome {
    public RequireApproval {
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** The return is refused (422); {@code field} is the request field at fault. */
  record Reject(Decision decision, String field, Overridable override) implements RuleOutcome {
    public Reject {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(override, "override");
    }
  }

  /** The refund is paid out another way, e.g. store credit instead of cash after 72 h offline. */
  record Route(RefundMethod method, Decision decision) implements RuleOutcome {
    public Route {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /**
   * The rule fixes the refund status (e.g. {@code APPROVED} by central, or {@code DEFERRED} when no
   * store-credit number is left); a manager approval still takes precedence.
   */
  record Settle(RefundStatus status, Decision decision) implements RuleOutcome {
    public Settle {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(decision, "decision");
    }
  }

  static RuleOutcome pass() {
    return new Pass();
  }

  static RuleOutcome allow(String rule, String message) {
    return new Allow(Decision.of(rule, DecisionEffect.ACCEPT, message));
  }

  static RuleOutcome defer(String rule, String message) {
    return new Allow(Decision.of(rule, DecisionEffect.DEFER, message));
  }

  static RuleOutcome approval(String rule, String message) {
    return new RequireApproval(Decision.of(rule, DecisionEffect.REQUIRE_APPROVAL, message));
  }

  static RuleOutcome reject(String rule, String field, Overridable override, String message) {
    return new Reject(Decision.of(rule, DecisionEffect.REJECT, message), field, override);
  }

  static RuleOutcome settle(
      RefundStatus status, String rule, DecisionEffect effect, String message) {
    return new Settle(status, Decision.of(rule, effect, message));
  }

  static RuleOutcome route(RefundMethod method, String rule, String message) {
    return new Route(method, Decision.of(rule, DecisionEffect.ACCEPT, message));
  }
}
