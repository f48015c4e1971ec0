package io.rebound.edge.returns.policy;

import static io.rebound.edge.returns.policy.TestReturn.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.ReturnWindow;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rows of the table that refuse a return do so in every mode, with the rule id, the request
 * field at fault, a sentence for the POS, and whether a manager may override.
 */
class RejectionRulesTest {
  private final StorePolicy defaults = StorePolicy.defaults();
  private final PolicyEngine engine = new PolicyEngine(defaults);

  @ParameterizedTest
  @EnumSource(UpstreamMode.class)
  void no_receipt_without_customer_id_is_refused(UpstreamMode mode) {
    PolicyVerdict.Rejected r =
        rejected(TestReturn.of("20.00").noReceipt().customer(null).in(mode), MemoryLedger.empty());

    assertRejected(r, "policy.no-receipt.id-required", "customer.customerId", Overridable.FINAL);
    assertThat(r.decision().message()).contains("customer's ID");
  }

  @ParameterizedTest
  @EnumSource(UpstreamMode.class)
  void a_second_no_receipt_return_of_the_customer_today_is_refused(UpstreamMode mode) {
    MemoryLedger ledger = MemoryLedger.empty().noReceiptToday("C-1", 1);

    PolicyVerdict.Rejected r = rejected(TestReturn.of("20.00").noReceipt().in(mode), ledger);

    assertRejected(
        r, "policy.no-receipt.customer-daily-limit", "customer.customerId", Overridable.FINAL);
    assertThat(r.decision().message()).contains("C-1", "1 per day");
    assertThat(accepted(TestReturn.of("20.00").noReceipt().customer("C-2").in(mode), ledger))
        .isNotNull();
  }

  @ParameterizedTest
  @EnumSource(UpstreamMode.class)
  void outside_the_return_window_is_refused_and_a_manager_may_override(UpstreamMode mode) {
    Instant thirtyOneDaysAgo = NOW.minus(Duration.ofDays(31));
    Instant thirtyDaysAgo = NOW.minus(Duration.ofDays(30));

    PolicyVerdict.Rejected r =
        rejected(TestReturn.of("20.00").soldAt(thirtyOneDaysAgo).in(mode), MemoryLedger.empty());

    assertRejected(r, "policy.window.return-window", "originalSale.soldAt", Overridable.BY_MANAGER);
    assertThat(r.decision().message()).contains("2026-05-15", "31 days ago", "30-day");
    assertThat(
            accepted(TestReturn.of("20.00").soldAt(thirtyDaysAgo).in(mode), MemoryLedger.empty()))
        .isNotNull();
  }

  @ParameterizedTest
  @EnumSource(UpstreamMode.class)
  void a_category_has_its_own_window(UpstreamMode mode) {
    StorePolicy policy = withWindow(new ReturnWindow(30, Map.of("electronics", 14)));
    PolicyEngine electronics = new PolicyEngine(policy);
    TestReturn fifteenDaysAgo =
        TestReturn.of("20.00").soldAt(NOW.minus(Duration.ofDays(15))).category("electronics");

    PolicyVerdict verdict = electronics.decide(fifteenDaysAgo.in(mode), MemoryLedger.empty());

    assertThat(verdict).isInstanceOf(PolicyVerdict.Rejected.class);
    assertThat(((PolicyVerdict.Rejected) verdict).decision().message())
        .contains("14-day return window for electronics");
    assertThat(electronics.decide(fifteenDaysAgo.category("toys").in(mode), MemoryLedger.empty()))
        .isInstanceOf(PolicyVerdict.Accepted.class);
  }

  @ParameterizedTest
  @EnumSource(UpstreamMode.class)
  void a_used_item_is_refused_unless_the_store_is_at_fault(UpstreamMode mode) {
    TestReturn used = TestReturn.of("20.00").condition(ItemCondition.USED, ReasonCode.CHANGED_MIND);

    PolicyVerdict.Rejected r = rejected(used.in(mode), MemoryLedger.empty());

    assertRejected(r, "policy.item.condition", "lines[0].condition", Overridable.BY_MANAGER);
    assertThat(r.decision().message()).contains("SKU-1 is USED");
    TestReturn usedAndDefective =
        TestReturn.of("20.00").condition(ItemCondition.USED, ReasonCode.DEFECTIVE);
    assertThat(accepted(usedAndDefective.in(mode), MemoryLedger.empty())).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(UpstreamMode.class)
  void the_same_sale_line_is_refused_the_second_time(UpstreamMode mode) {
    TestReturn bySku = TestReturn.of("20.00");
    TestReturn byLineId = TestReturn.of("20.00").saleLineId("L1");
    MemoryLedger ledger =
        MemoryLedger.empty()
            .returned(SaleLineKey.of("WEB-1", bySku.request().lines().get(0)), 1)
            .returned(SaleLineKey.of("WEB-1", byLineId.request().lines().get(0)), 1);

    assertRejected(
        rejected(bySku.in(mode), ledger),
        "policy.sale-line.already-returned",
        "lines[0].sku",
        Overridable.FINAL);
    PolicyVerdict.Rejected r = rejected(byLineId.in(mode), ledger);
    assertRejected(
        r, "policy.sale-line.already-returned", "lines[0].saleLineId", Overridable.FINAL);
    assertThat(r.decision().message()).contains("line L1 of sale WEB-1", "already returned");
  }

  @ParameterizedTest
  @EnumSource(UpstreamMode.class)
  void a_return_in_another_currency_than_the_store_is_refused(UpstreamMode mode) {
    PolicyVerdict.Rejected r =
        rejected(TestReturn.of("20.00").currency("EUR").in(mode), MemoryLedger.empty());

    assertRejected(
        r, "policy.currency.store-currency", "lines[0].unitPrice.currency", Overridable.FINAL);
    assertThat(r.decision().message()).contains("USD only", "EUR");
  }

  @ParameterizedTest
  @EnumSource(UpstreamMode.class)
  void a_general_approval_threshold_holds_in_every_mode(UpstreamMode mode) {
    StorePolicy d = defaults;
    StorePolicy policy =
        StorePolicy.of(
            4,
            "USD",
            "UTC",
            d.returnWindow(),
            d.returnableConditions(),
            d.offline(),
            d.noReceipt(),
            io.rebound.protocols.policy.ManagerApproval.of(Money.of("500.00", "USD")));
    PolicyEngine engine = new PolicyEngine(policy);

    Decided atThreshold = accepted(engine, TestReturn.of("500.00").in(mode));
    Decided above = accepted(engine, TestReturn.of("500.01").in(mode));

    assertThat(atThreshold.status().name()).isEqualTo("ACCEPTED");
    assertThat(above.status().name()).isEqualTo("PENDING_APPROVAL");
    assertThat(DegradedModeTableTest.ruleIds(above.decisions()))
        .endsWith("policy.approval.return-total");
    assertThat(above.policyVersion()).isEqualTo(4);
  }

  private PolicyVerdict.Rejected rejected(ReturnCase c, PolicyLedger ledger) {
    PolicyVerdict verdict = engine.decide(c, ledger);
    assertThat(verdict).isInstanceOf(PolicyVerdict.Rejected.class);
    return (PolicyVerdict.Rejected) verdict;
  }

  private Decided accepted(ReturnCase c, PolicyLedger ledger) {
    PolicyVerdict verdict = engine.decide(c, ledger);
    assertThat(verdict).isInstanceOf(PolicyVerdict.Accepted.class);
    return ((PolicyVerdict.Accepted) verdict).decided();
  }

  private static Decided accepted(PolicyEngine engine, ReturnCase c) {
    PolicyVerdict verdict = engine.decide(c, MemoryLedger.empty());
    assertThat(verdict).isInstanceOf(PolicyVerdict.Accepted.class);
    return ((PolicyVerdict.Accepted) verdict).decided();
  }

  private static void assertRejected(
      PolicyVerdict.Rejected r, String rule, String field, Overridable override) {
    assertThat(r.decision().rule()).isEqualTo(rule);
    assertThat(r.decision().effect()).isEqualTo(DecisionEffect.REJECT);
    assertThat(r.field()).isEqualTo(field);
    assertThat(r.override()).isEqualTo(override);
    assertThat(r.decision().message()).isNotBlank().doesNotContain("Exception");
  }

  private StorePolicy withWindow(ReturnWindow window) {
    return StorePolicy.of(
        1,
        "USD",
        "UTC",
        window,
        defaults.returnableConditions(),
        defaults.offline(),
        defaults.noReceipt(),
        null);
  }
}
