package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.Overridable;
import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.ReturnLine;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Items in a condition of {@code returnableConditions} are returnable for any reason; others (e.g.
 * used or damaged) only when the store is at fault: defective, damaged in transit, wrong item or
 * not as described. Otherwise the return is rejected (a manager may override, later).
 */
public final class ItemConditionRule implements PolicyRule {
  public static final String ID = "policy.item.condition";

  /** Reasons for which the store takes any condition back. */
  static final Set<ReasonCode> STORE_AT_FAULT =
      EnumSet.of(
          ReasonCode.DEFECTIVE,
          ReasonCode.DAMAGED_IN_TRANSIT,
          ReasonCode.WRONG_ITEM,
          ReasonCode.NOT_AS_DESCRIBED);

  private final Set<ItemCondition> returnable;

  public ItemConditionRule(StorePolicy policy) {
    this.returnable = EnumSet.copyOf(policy.returnableConditions());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    List<ReturnLine> lines = c.request().lines();
    for (int i = 0; i < lines.size(); i++) {
      ReturnLine line = lines.get(i);
      if (!returnable.contains(line.condition()) && !STORE_AT_FAULT.contains(line.reason())) {
        return RuleOutcome.reject(
            ID,
            "lines[" + i + "].condition",
            Overridable.BY_MANAGER,
            line.sku()
                + " is "
                + line.condition()
                + ": only "
                + returnable
                + " items are returnable, unless defective, damaged in transit, wrong or not as"
                + " described. A manager may override.");
      }
    }
    return RuleOutcome.pass();
  }
}
