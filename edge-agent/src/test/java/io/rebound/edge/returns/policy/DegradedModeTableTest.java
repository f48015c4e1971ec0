package io.rebound.edge.returns.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.RefundPreference;
import io.rebound.protocols.returns.TenderType;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of the PRODUCT.md degraded-mode table, in each upstream mode, under the built-in
 * default policy (USD, caps 200.00 per return / 1,000.00 per day offline, no receipt ≤ 50.00, 72
 * h). Columns: the sale's tender ({@code NONE} = no receipt), the return total, the customer's
 * refund preference, how long the agent has been offline, offline cash already paid today; then the
 * expected return status, refund method and status, and the rules that fired, in order.
 */
class DegradedModeTableTest {
  private final PolicyEngine engine = new PolicyEngine(StorePolicy.defaults());

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
# situation                          | mode             | tender       | total   | preference      | offline  | cash today | status           | method       | refund           | rules
# receipted, card tender: via central online; deferred or store credit (customer's choice) otherwise
card refund                          | ONLINE           | CARD         | 49.99   | ORIGINAL_TENDER | PT0S     | 0.00       | ACCEPTED         | CARD         | DEFERRED         | policy.card.refund-via-central
card refund                          | PAYMENT_DEGRADED | CARD         | 49.99   | ORIGINAL_TENDER | PT0S     | 0.00       | ACCEPTED         | CARD         | DEFERRED         | policy.card.deferred
card refund                          | OFFLINE          | CARD         | 49.99   | ORIGINAL_TENDER | PT5H     | 0.00       | ACCEPTED         | CARD         | DEFERRED         | policy.card.deferred
card sale, store credit chosen       | ONLINE           | CARD         | 49.99   | STORE_CREDIT    | PT0S     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
card sale, store credit chosen       | PAYMENT_DEGRADED | CARD         | 49.99   | STORE_CREDIT    | PT0S     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
card sale, store credit chosen       | OFFLINE          | CARD         | 49.99   | STORE_CREDIT    | PT5H     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
card sale, cash asked                | ONLINE           | CARD         | 49.99   | CASH            | PT0S     | 0.00       | ACCEPTED         | CARD         | DEFERRED         | policy.refund.cash-needs-cash-sale policy.card.refund-via-central
card sale, cash asked                | OFFLINE          | CARD         | 49.99   | CASH            | PT5H     | 0.00       | ACCEPTED         | CARD         | DEFERRED         | policy.refund.cash-needs-cash-sale policy.card.deferred
# cash tender: cash online; offline up to 200.00 per return and 1,000.00 per store per day, above -> approval or store credit
cash refund, no cap online           | ONLINE           | CASH         | 5000.00 | ORIGINAL_TENDER | PT0S     | 990.00     | ACCEPTED         | CASH         | ISSUED           | policy.cash.online
cash at the per-return cap           | PAYMENT_DEGRADED | CASH         | 200.00  | ORIGINAL_TENDER | PT0S     | 0.00       | ACCEPTED         | CASH         | ISSUED           | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
cash at the per-return cap           | OFFLINE          | CASH         | 200.00  | CASH            | PT5H     | 0.00       | ACCEPTED         | CASH         | ISSUED           | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
cash a cent above the per-return cap | PAYMENT_DEGRADED | CASH         | 200.01  | ORIGINAL_TENDER | PT0S     | 0.00       | PENDING_APPROVAL | CASH         | PENDING_APPROVAL | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
cash a cent above the per-return cap | OFFLINE          | CASH         | 200.01  | ORIGINAL_TENDER | PT5H     | 0.00       | PENDING_APPROVAL | CASH         | PENDING_APPROVAL | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
cash reaching the daily cap exactly  | PAYMENT_DEGRADED | CASH         | 150.00  | ORIGINAL_TENDER | PT0S     | 850.00     | ACCEPTED         | CASH         | ISSUED           | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
cash reaching the daily cap exactly  | OFFLINE          | CASH         | 150.00  | ORIGINAL_TENDER | PT5H     | 850.00     | ACCEPTED         | CASH         | ISSUED           | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
cash a cent beyond the daily cap     | PAYMENT_DEGRADED | CASH         | 150.00  | ORIGINAL_TENDER | PT0S     | 850.01     | PENDING_APPROVAL | CASH         | PENDING_APPROVAL | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
cash a cent beyond the daily cap     | OFFLINE          | CASH         | 150.00  | ORIGINAL_TENDER | PT5H     | 850.01     | PENDING_APPROVAL | CASH         | PENDING_APPROVAL | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
cash above cap, store credit chosen  | ONLINE           | CASH         | 300.00  | STORE_CREDIT    | PT0S     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
cash above cap, store credit chosen  | PAYMENT_DEGRADED | CASH         | 300.00  | STORE_CREDIT    | PT0S     | 1000.00    | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
cash above cap, store credit chosen  | OFFLINE          | CASH         | 300.00  | STORE_CREDIT    | PT5H     | 1000.00    | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
# no receipt: store credit only; <= 50.00 when not online (above -> approval)
no receipt                           | ONLINE           | NONE         | 80.00   | ORIGINAL_TENDER | PT0S     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
no receipt, cash asked               | ONLINE           | NONE         | 80.00   | CASH            | PT0S     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.no-receipt.store-credit-only policy.store-credit.issued
no receipt at the cap                | PAYMENT_DEGRADED | NONE         | 50.00   | ORIGINAL_TENDER | PT0S     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.no-receipt.offline-store-credit-cap policy.store-credit.issued
no receipt at the cap, cash asked    | OFFLINE          | NONE         | 50.00   | CASH            | PT5H     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.no-receipt.store-credit-only policy.no-receipt.offline-store-credit-cap policy.store-credit.issued
no receipt a cent above the cap      | PAYMENT_DEGRADED | NONE         | 50.01   | ORIGINAL_TENDER | PT0S     | 0.00       | PENDING_APPROVAL | STORE_CREDIT | PENDING_APPROVAL | policy.no-receipt.offline-store-credit-cap policy.store-credit.issued
no receipt a cent above the cap      | OFFLINE          | NONE         | 50.01   | STORE_CREDIT    | PT5H     | 0.00       | PENDING_APPROVAL | STORE_CREDIT | PENDING_APPROVAL | policy.no-receipt.offline-store-credit-cap policy.store-credit.issued
# store credit tender: issued at the counter in every mode (credit numbers: later issue)
store credit sale                    | ONLINE           | STORE_CREDIT | 30.00   | ORIGINAL_TENDER | PT0S     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
store credit sale                    | PAYMENT_DEGRADED | STORE_CREDIT | 30.00   | ORIGINAL_TENDER | PT0S     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
store credit sale                    | OFFLINE          | STORE_CREDIT | 30.00   | ORIGINAL_TENDER | PT5H     | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.store-credit.issued
gift card sale                       | ONLINE           | GIFT_CARD    | 30.00   | ORIGINAL_TENDER | PT0S     | 0.00       | ACCEPTED         | GIFT_CARD    | DEFERRED         | policy.gift-card.via-central
gift card sale                       | OFFLINE          | GIFT_CARD    | 30.00   | ORIGINAL_TENDER | PT5H     | 0.00       | ACCEPTED         | GIFT_CARD    | DEFERRED         | policy.gift-card.via-central
# offline longer than 72 h: store credit only (exactly 72 h is still within); not while connected
cash, offline exactly 72 h           | OFFLINE          | CASH         | 100.00  | ORIGINAL_TENDER | PT72H    | 0.00       | ACCEPTED         | CASH         | ISSUED           | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
cash, offline 72 h and a millisecond | OFFLINE          | CASH         | 100.00  | ORIGINAL_TENDER | PT72H0.001S | 0.00    | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.offline.max-duration policy.store-credit.issued
card, offline 73 h                   | OFFLINE          | CARD         | 49.99   | ORIGINAL_TENDER | PT73H    | 0.00       | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.offline.max-duration policy.store-credit.issued
cash above cap, offline 100 h        | OFFLINE          | CASH         | 900.00  | ORIGINAL_TENDER | PT100H   | 1000.00    | ACCEPTED         | STORE_CREDIT | ISSUED           | policy.offline.max-duration policy.store-credit.issued
no receipt above cap, offline 100 h  | OFFLINE          | NONE         | 80.00   | ORIGINAL_TENDER | PT100H   | 0.00       | PENDING_APPROVAL | STORE_CREDIT | PENDING_APPROVAL | policy.no-receipt.offline-store-credit-cap policy.store-credit.issued
cash, gateway down for 100 h         | PAYMENT_DEGRADED | CASH         | 100.00  | ORIGINAL_TENDER | PT100H   | 0.00       | ACCEPTED         | CASH         | ISSUED           | policy.cash.offline-per-return-cap policy.cash.offline-per-day-cap
""")
  void decides_the_product_table(
      String situation,
      UpstreamMode mode,
      String tender,
      String total,
      RefundPreference preference,
      String offline,
      String cashToday,
      String status,
      String method,
      String refundStatus,
      String rules) {
    TestReturn r = TestReturn.of(total).preference(preference);
    r = "NONE".equals(tender) ? r.noReceipt() : r.tender(TenderType.valueOf(tender));
    MemoryLedger ledger = MemoryLedger.empty().cashPaidToday(Money.of(cashToday, "USD"));

    PolicyVerdict verdict = engine.decide(r.in(mode, Duration.parse(offline)), ledger);

    assertThat(verdict).isInstanceOf(PolicyVerdict.Accepted.class);
    Decided decided = ((PolicyVerdict.Accepted) verdict).decided();
    assertThat(decided.status().name()).isEqualTo(status);
    assertThat(decided.refund().method().name()).isEqualTo(method);
    assertThat(decided.refund().status().name()).isEqualTo(refundStatus);
    assertThat(decided.refund().amount()).isEqualTo(Money.of(total, "USD"));
    assertThat(ruleIds(decided.decisions())).isEqualTo(Arrays.asList(rules.split(" ")));
    assertThat(decided.policyVersion()).isZero();
  }

  static List<String> ruleIds(List<Decision> decisions) {
    return decisions.stream().map(Decision::rule).toList();
  }
}
