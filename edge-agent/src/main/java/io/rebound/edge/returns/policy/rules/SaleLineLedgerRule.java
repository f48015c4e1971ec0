package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.Overridable;
import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.PriorReturn;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.edge.returns.policy.SaleLineKey;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.ReturnLine;
import java.util.List;
import java.util.Optional;

/**
 * The same sale line ({@code saleLineId}, else the SKU within the sale) cannot be returned twice at
 * this store, online or offline: the local ledger of returned quantities is checked and updated in
 * the accept transaction. The request does not carry the sold quantity, so any earlier return of
 * the line exhausts it; once signed receipt tokens carry quantities, compare against those.
 */
public final class SaleLineLedgerRule implements PolicyRule {
  public static final String ID = "policy.sale-line.already-returned";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (!c.request().receipted()) {
      return RuleOutcome.pass();
    }
    String saleId = c.request().originalSale().saleId();
    List<ReturnLine> lines = c.request().lines();
    for (int i = 0; i < lines.size(); i++) {
      SaleLineKey key = SaleLineKey.of(saleId, lines.get(i));
      Optional<PriorReturn> prior = ledger.priorReturn(key);
      if (prior.isPresent()) {
        return RuleOutcome.reject(
            ID,
            "lines[" + i + "]." + key.fieldName(),
            Overridable.FINAL,
            key.describe()
                + " was already returned at this store (return "
                + prior.get().firstReturnId()
                + "); it cannot be returned twice.");
      }
    }
    return RuleOutcome.pass();
  }
}
