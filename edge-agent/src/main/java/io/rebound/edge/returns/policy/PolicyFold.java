package io.rebound.edge.returns.policy;

import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation: starts from the method the customer asked for, applies each rule's outcome in
 * order (the first rejection ends it), and derives status, refund and ledger entries.
 */
final class PolicyFold {
  private final StorePolicy policy;
  private final ReturnCase c;
  private final PolicyLedger ledger;
  private final List<Decision> decisions = new ArrayList<>();
  private RefundMethod method;
  private ReturnStatus status = ReturnStatus.ACCEPTED;
  private RefundStatus settled;

  PolicyFold(StorePolicy policy, ReturnCase c, PolicyLedger ledger) {
    this.policy = policy;
    this.c = c;
    this.ledger = ledger;
    this.method = RefundMethods.requested(c.request());
  }

  PolicyVerdict run(List<PolicyRule> rules) {
    for (PolicyRule rule : rules) {
      RuleOutcome outcome = rule.evaluate(c, method, ledger);
      if (outcome instanceof RuleOutcome.Reject r) {
        return new PolicyVerdict.Rejected(
            r.decision(), r.field(), r.override(), policy.policyVersion());
      }
      apply(outcome);
    }
    return accepted();
  }

  private void apply(RuleOutcome outcome) {
    if (outcome instanceof RuleOutcome.Allow a) {
      decisions.add(a.decision());
    } else if (outcome instanceof RuleOutcome.RequireApproval a) {
      decisions.add(a.decision());
      status = ReturnStatus.PENDING_APPROVAL;
    } else if (outcome instanceof RuleOutcome.Settle settle) {
      decisions.add(settle.decision());
      settled = settle.status();
    } else if (outcome instanceof RuleOutcome.Route r) {
      decisions.add(r.decision());
      method = r.method();
    }
  }

  private PolicyVerdict accepted() {
    RefundStatus refundStatus =
        status == ReturnStatus.PENDING_APPROVAL
            ? RefundStatus.PENDING_APPROVAL
            : settled != null ? settled : RefundMethods.statusOf(method);
    Money total = c.request().total();
    Decided decided =
        new Decided(
            status, Refund.of(method, total, refundStatus), decisions, policy.policyVersion());
    return new PolicyVerdict.Accepted(decided, ledgerEntries(refundStatus, total));
  }

  private LedgerEntries ledgerEntries(RefundStatus refundStatus, Money total) {
    ReturnRequest request = c.request();
    LocalDate day = c.storeDay(policy.zone());
    Optional<Money> cash =
        method == RefundMethod.CASH && refundStatus == RefundStatus.ISSUED && c.degraded()
            ? Optional.of(total)
            : Optional.empty();
    Optional<String> customer =
        request.receipted() || request.customer() == null
            ? Optional.empty()
            : Optional.of(request.customer().customerId());
    Map<SaleLineKey, Integer> lines = new LinkedHashMap<>();
    if (request.receipted()) {
      for (ReturnLine line : request.lines()) {
        lines.merge(
            SaleLineKey.of(request.originalSale().saleId(), line), line.quantity(), Integer::sum);
      }
    }
    return new LedgerEntries(day, cash, customer, lines);
  }
}
