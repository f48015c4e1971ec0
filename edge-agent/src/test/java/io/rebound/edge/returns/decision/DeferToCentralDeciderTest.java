package io.rebound.edge.returns.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundPreference;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.returns.SaleChannel;
import io.rebound.protocols.returns.Tender;
import io.rebound.protocols.returns.TenderType;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeferToCentralDeciderTest {
  private final DeferToCentralDecider decider = new DeferToCentralDecider();

  @ParameterizedTest(name = "{0} with tender {1} -> {2}")
  @CsvSource({
    "ORIGINAL_TENDER, CARD, CARD",
    "ORIGINAL_TENDER, CASH, CASH",
    "ORIGINAL_TENDER, GIFT_CARD, GIFT_CARD",
    "ORIGINAL_TENDER, STORE_CREDIT, STORE_CREDIT",
    "ORIGINAL_TENDER, NONE, STORE_CREDIT",
    "STORE_CREDIT, CARD, STORE_CREDIT",
    "CASH, CARD, CASH",
    "CASH, NONE, CASH"
  })
  void refund_method_follows_the_preference_and_the_first_tender(
      RefundPreference preference, String tender, RefundMethod expected) {
    ReturnRequest request = request(preference, tender);
    Decided decided = decider.decide(request, UpstreamMode.OFFLINE);

    assertThat(decided.refund().method()).isEqualTo(expected);
    assertThat(decided.refund().amount()).isEqualTo(Money.of("59.98", "USD"));
    assertThat(decided.refund().status()).isEqualTo(RefundStatus.DEFERRED);
    assertThat(decided.status()).isEqualTo(ReturnStatus.ACCEPTED);
    assertThat(decided.decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo("refund.deferred-to-central");
              assertThat(d.effect()).isEqualTo(DecisionEffect.DEFER);
              assertThat(d.message()).endsWith(".");
            });
  }

  private static ReturnRequest request(RefundPreference preference, String tender) {
    OriginalSale sale =
        "NONE".equals(tender)
            ? null
            : new OriginalSale(
                "S-1",
                SaleChannel.STORE,
                Instant.parse("2026-11-20T10:15:00Z"),
                List.of(
                    new Tender(TenderType.valueOf(tender), Money.of("59.98", "USD"), null),
                    new Tender(TenderType.CASH, Money.of("1.00", "USD"), null)));
    return new ReturnRequest(
        TerminalId.of("POS-01"),
        sale,
        null,
        List.of(
            ReturnLine.of(
                "SKU-1",
                2,
                Money.of("29.99", "USD"),
                ReasonCode.WRONG_SIZE,
                ItemCondition.UNOPENED)),
        preference);
  }
}
