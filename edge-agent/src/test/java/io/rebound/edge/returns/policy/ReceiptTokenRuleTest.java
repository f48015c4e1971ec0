package io.rebound.edge.returns.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.edge.returns.policy.rules.ReceiptTokenRule;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.receipts.Ed25519Keys;
import io.rebound.protocols.receipts.ReceiptClaims;
import io.rebound.protocols.receipts.ReceiptKey;
import io.rebound.protocols.receipts.ReceiptKeySet;
import io.rebound.protocols.receipts.ReceiptLine;
import io.rebound.protocols.receipts.ReceiptTokens;
import io.rebound.protocols.returns.Customer;
import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.RefundPreference;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.SaleChannel;
import io.rebound.protocols.returns.Tender;
import io.rebound.protocols.returns.TenderType;
import io.rebound.protocols.returns.UpstreamMode;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptTokenRuleTest {
  private static final KeyPair PAIR = Ed25519Keys.generate();
  private static final ReceiptKeySet KEYS =
      ReceiptKeySet.of(3, List.of(ReceiptKey.of("rk-3", PAIR.getPublic())));
  private static final Instant SOLD = TestReturn.NOW.minus(Duration.ofDays(2));
  private static final Money PRICE = Money.of("49.99", "USD");
  private static final Tender CARD = Tender.of(TenderType.CARD, PRICE, "ch_1");

  private final PolicyEngine engine = new PolicyEngine(StorePolicy.defaults());

  @Test
  void valid_token_is_recorded_in_the_decision_in_every_mode() {
    String token = token("rk-3", 1);
    for (UpstreamMode mode : UpstreamMode.values()) {
      PolicyVerdict verdict = decide(request(token, PRICE), mode, KEYS);

      assertThat(verdict).isInstanceOf(PolicyVerdict.Accepted.class);
      Decision receipt =
          ((PolicyVerdict.Accepted) verdict)
              .decided().decisions().stream()
                  .filter(d -> d.rule().equals(ReceiptTokenRule.ID))
                  .findFirst()
                  .orElseThrow();
      assertThat(receipt.message()).contains("S-7", "rk-3");
    }
  }

  @Test
  void return_without_token_is_decided_as_before() {
    PolicyVerdict verdict =
        decide(request(null, PRICE), UpstreamMode.OFFLINE, ReceiptKeySet.empty());

    assertThat(verdict).isInstanceOf(PolicyVerdict.Accepted.class);
    assertThat(((PolicyVerdict.Accepted) verdict).decided().decisions())
        .extracting(Decision::rule)
        .doesNotContain(ReceiptTokenRule.ID);
  }

  @Test
  void token_of_a_key_the_store_does_not_hold_is_rejected_naming_the_reason() {
    PolicyVerdict verdict =
        decide(request(token("rk-3", 1), PRICE), UpstreamMode.ONLINE, ReceiptKeySet.empty());

    assertThat(rejection(verdict).decision().message()).contains("unknown key", "rk-3");
  }

  @Test
  void return_at_another_price_than_the_receipt_is_rejected_as_altered() {
    PolicyVerdict verdict =
        decide(request(token("rk-3", 1), Money.of("59.99", "USD")), UpstreamMode.ONLINE, KEYS);

    PolicyVerdict.Rejected rejected = rejection(verdict);
    assertThat(rejected.decision().message()).contains("altered", "lines[0]");
    assertThat(rejected.override()).isEqualTo(Overridable.FINAL);
  }

  private static PolicyVerdict.Rejected rejection(PolicyVerdict verdict) {
    assertThat(verdict).isInstanceOf(PolicyVerdict.Rejected.class);
    PolicyVerdict.Rejected rejected = (PolicyVerdict.Rejected) verdict;
    assertThat(rejected.decision().rule()).isEqualTo(ReceiptTokenRule.INVALID);
    assertThat(rejected.field()).isEqualTo("originalSale.receiptToken");
    return rejected;
  }

  private PolicyVerdict decide(ReturnRequest request, UpstreamMode mode, ReceiptKeySet keys) {
    ReturnCase c = new ReturnCase(request, mode, TestReturn.NOW, Duration.ZERO, keys);
    return engine.decide(c, MemoryLedger.empty());
  }

  private static String token(String kid, int quantity) {
    ReceiptClaims claims =
        ReceiptClaims.of(
            "S-7",
            SaleChannel.STORE,
            SOLD,
            List.of(CARD),
            List.of(ReceiptLine.of("SKU-1", null, quantity, PRICE)),
            SOLD,
            null);
    return ReceiptTokens.sign(claims, kid, PAIR.getPrivate());
  }

  private static ReturnRequest request(String token, Money price) {
    Money tendered = Money.of("49.99", price.currency().getCurrencyCode());
    return ReturnRequest.of(
        TerminalId.of("POS-01"),
        OriginalSale.of(
            "S-7",
            SaleChannel.STORE,
            SOLD,
            List.of(Tender.of(TenderType.CARD, tendered, "ch_1")),
            token),
        Customer.of("C-1"),
        List.of(
            new ReturnLine(
                "SKU-1", 1, price, ReasonCode.WRONG_SIZE, ItemCondition.UNOPENED, null, null)),
        RefundPreference.ORIGINAL_TENDER);
  }
}
