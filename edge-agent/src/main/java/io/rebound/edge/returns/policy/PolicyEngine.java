package io.rebound.edge.returns.policy;

import io.rebound.edge.returns.policy.rules.ApprovalThresholdRule;
import io.rebound.edge.returns.policy.rules.CardDeferredRule;
import io.rebound.edge.returns.policy.rules.CardViaCentralRule;
import io.rebound.edge.returns.policy.rules.CashNeedsCashSaleRule;
import io.rebound.edge.returns.policy.rules.CashOnlineRule;
import io.rebound.edge.returns.policy.rules.CashPerDayCapRule;
import io.rebound.edge.returns.policy.rules.CashPerReturnCapRule;
import io.rebound.edge.returns.policy.rules.CustomerIdRequiredRule;
import io.rebound.edge.returns.policy.rules.GiftCardRule;
import io.rebound.edge.returns.policy.rules.ItemConditionRule;
import io.rebound.edge.returns.policy.rules.NoReceiptCapRule;
import io.rebound.edge.returns.policy.rules.NoReceiptDailyLimitRule;
import io.rebound.edge.returns.policy.rules.NoReceiptStoreCreditRule;
import io.rebound.edge.returns.policy.rules.OfflineDurationRule;
import io.rebound.edge.returns.policy.rules.ReceiptTokenRule;
import io.rebound.edge.returns.policy.rules.ReturnWindowRule;
import io.rebound.edge.returns.policy.rules.SaleLineLedgerRule;
import io.rebound.edge.returns.policy.rules.StoreCreditRule;
import io.rebound.edge.returns.policy.rules.StoreCurrencyRule;
import io.rebound.protocols.policy.StorePolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The store policy as two ordered rule lists, one per column of the PRODUCT.md table: ONLINE, and
 * PAYMENT_DEGRADED / OFFLINE. Order: eligibility checks that may reject (receipt token, currency,
 * no-receipt id and daily limit, return window, item condition, sale-line ledger), then routing of
 * the refund method (no receipt → store credit, cash only for cash sales, offline too long → store
 * credit), then the payout rules of the chosen method and mode, then the general approval
 * threshold. Folding them is {@link PolicyFold}'s job.
 */
public final class PolicyEngine {
  private final StorePolicy policy;
  private final List<PolicyRule> online;
  private final List<PolicyRule> degraded;

  public PolicyEngine(StorePolicy policy) {
    this.policy = policy;
    this.online =
        List.copyOf(
            concat(
                eligibility(policy),
                List.of(
                    new NoReceiptStoreCreditRule(),
                    new CashNeedsCashSaleRule(),
                    new CardViaCentralRule(),
                    new GiftCardRule(),
                    new CashOnlineRule(),
                    new StoreCreditRule(),
                    new ApprovalThresholdRule(policy))));
    this.degraded =
        List.copyOf(
            concat(
                eligibility(policy),
                List.of(
                    new NoReceiptStoreCreditRule(),
                    new CashNeedsCashSaleRule(),
                    new OfflineDurationRule(policy),
                    new CardDeferredRule(),
                    new GiftCardRule(),
                    new CashPerReturnCapRule(policy),
                    new CashPerDayCapRule(policy),
                    new NoReceiptCapRule(policy),
                    new StoreCreditRule(),
                    new ApprovalThresholdRule(policy))));
  }

  public StorePolicy policy() {
    return policy;
  }

  /** Decides {@code c} against the ledger's history; pure apart from reading the ledger. */
  public PolicyVerdict decide(ReturnCase c, PolicyLedger ledger) {
    return new PolicyFold(policy, c, ledger).run(c.degraded() ? degraded : online);
  }

  /** The rules applied in {@code c}'s mode, in order (for tests and diagnostics). */
  public List<PolicyRule> rulesFor(ReturnCase c) {
    return c.degraded() ? degraded : online;
  }

  private static List<PolicyRule> eligibility(StorePolicy policy) {
    return List.of(
        new ReceiptTokenRule(),
        new StoreCurrencyRule(policy.currencyUnit()),
        new CustomerIdRequiredRule(),
        new NoReceiptDailyLimitRule(policy),
        new ReturnWindowRule(policy),
        new ItemConditionRule(policy),
        new SaleLineLedgerRule());
  }

  private static List<PolicyRule> concat(List<PolicyRule> a, List<PolicyRule> b) {
    List<PolicyRule> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
