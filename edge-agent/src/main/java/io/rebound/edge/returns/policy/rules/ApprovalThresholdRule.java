package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.ManagerApproval;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.RefundMethod;
import java.util.Optional;

/** Optional {@code managerApproval.returnTotalAbove}: larger returns wait for a manager. */
public final class ApprovalThresholdRule implements PolicyRule {
  public static final String ID = "policy.approval.return-total";

  private final Optional<Money> threshold;

  public ApprovalThresholdRule(StorePolicy policy) {
    this.threshold =
        Optional.ofNullable(policy.managerApproval()).map(ManagerApproval::returnTotalAbove);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    Money total = c.request().total();
    if (threshold.isEmpty() || total.compareTo(threshold.get()) <= 0) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.approval(
        ID,
        "Returns above "
            + threshold.get()
            + " need a manager's approval; this one is "
            + total
            + ".");
  }
}
