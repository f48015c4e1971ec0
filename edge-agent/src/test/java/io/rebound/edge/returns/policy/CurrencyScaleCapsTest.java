package io.rebound.edge.returns.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.NoReceiptLimits;
import io.rebound.protocols.policy.OfflineLimits;
import io.rebound.protocols.policy.ReturnWindow;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.TenderType;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Caps hold at the currency's own scale: the smallest step above a cap (1 yen, 0.01 dollar, 0.001
 * dinar) already needs approval; the cap itself does not.
 */
class CurrencyScaleCapsTest {

  @ParameterizedTest(name = "{0}: cash {2} against a cap of {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
# currency | per-return cap | cash   | refund status
JPY        | 20000          | 20000  | ISSUED
JPY        | 20000          | 20001  | PENDING_APPROVAL
USD        | 200.00         | 200.00 | ISSUED
USD        | 200.00         | 200.01 | PENDING_APPROVAL
KWD        | 60.500         | 60.500 | ISSUED
KWD        | 60.500         | 60.501 | PENDING_APPROVAL
""")
  void the_offline_cash_cap_is_exact_to_the_minor_unit(
      String currency, String cap, String cash, RefundStatus expected) {
    Money perReturn = Money.of(cap, currency);
    StorePolicy policy =
        StorePolicy.of(
            1,
            currency,
            "Asia/Tokyo",
            new ReturnWindow(30, Map.of()),
            List.of(ItemCondition.UNOPENED),
            OfflineLimits.of(72, perReturn, perReturn.times(5)),
            NoReceiptLimits.of(Money.zero(perReturn.currency()), 1),
            null);
    ReturnCase c =
        TestReturn.of(cash)
            .currency(currency)
            .tender(TenderType.CASH)
            .in(UpstreamMode.OFFLINE, Duration.ofHours(1));

    PolicyVerdict verdict = new PolicyEngine(policy).decide(c, MemoryLedger.empty());

    assertThat(verdict).isInstanceOf(PolicyVerdict.Accepted.class);
    Decided decided = ((PolicyVerdict.Accepted) verdict).decided();
    assertThat(decided.refund().status()).isEqualTo(expected);
    assertThat(decided.refund().amount()).isEqualTo(Money.of(cash, currency));
  }
}
