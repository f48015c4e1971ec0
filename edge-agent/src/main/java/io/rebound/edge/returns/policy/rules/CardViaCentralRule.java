package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.CentralAnswer;
import io.rebound.edge.returns.policy.Overridable;
import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;

/**
 * ONLINE card refund, decided with central (asked before the accept task, its answer is in {@link
 * ReturnCase#central()}): APPROVED → refund {@code APPROVED} (rule {@value #ID}); DECLINED → 422
 * (rule {@value #RETURNED_ELSEWHERE}, central's sentence); no answer in time or UNAVAILABLE → the
 * degraded path, refund {@code DEFERRED} (rule {@value #NO_ANSWER}). Not asked (no card tender
 * asked for, or a case built without central) → {@code DEFERRED} to central as before.
 */
public final class CardViaCentralRule implements PolicyRule {
  public static final String ID = "policy.card.refund-via-central";

  /** Central gave no usable answer in time: the refund is queued as when degraded. */
  public static final String NO_ANSWER = "policy.card.central-no-answer";

  /** Central declined: a sale line of the return was returned at another store. */
  public static final String RETURNED_ELSEWHERE = "policy.sale-line.returned-at-another-store";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (method != RefundMethod.CARD) {
      return RuleOutcome.pass();
    }
    CentralAnswer answer = c.central();
    if (answer instanceof CentralAnswer.Approved approved) {
      return RuleOutcome.settle(
          RefundStatus.APPROVED,
          ID,
          DecisionEffect.ACCEPT,
          "Central approved the refund of "
              + c.request().total()
              + " to the original card (authorization "
              + approved.authorizationId()
              + ").");
    }
    if (answer instanceof CentralAnswer.Declined declined) {
      return RuleOutcome.reject(RETURNED_ELSEWHERE, "lines", Overridable.FINAL, declined.message());
    }
    if (answer instanceof CentralAnswer.NoAnswer || answer instanceof CentralAnswer.Unavailable) {
      return RuleOutcome.defer(
          NO_ANSWER,
          "Central could not authorize the card refund now ("
              + (answer instanceof CentralAnswer.Unavailable
                  ? "payments unavailable"
                  : "no answer in time")
              + "): the refund of "
              + c.request().total()
              + " is queued and completed when it can.");
    }
    return RuleOutcome.defer(
        ID,
        "Central refunds "
            + c.request().total()
            + " to the original card; the customer sees it on the card within a few days.");
  }
}
