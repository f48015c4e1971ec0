package io.rebound.edge.returns.policy;

import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.Customer;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Builds one-line return requests and cases for the policy tests; defaults are a plain return. */
final class TestReturn {
  /** The policy tests' "now": the store day is 2026-06-15 (UTC). */
  static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

  private String amount = "49.99";
  private String currency = "USD";
  private TenderType tender = TenderType.CARD;
  private RefundPreference preference = RefundPreference.ORIGINAL_TENDER;
  private Instant soldAt = NOW.minus(Duration.ofDays(2));
  private String customer = "C-1";
  private ItemCondition condition = ItemCondition.UNOPENED;
  private ReasonCode reason = ReasonCode.WRONG_SIZE;
  private String category;
  private String saleLineId;

  static TestReturn of(String amount) {
    TestReturn r = new TestReturn();
    r.amount = amount;
    return r;
  }

  TestReturn currency(String code) {
    currency = code;
    return this;
  }

  /** The sale's tender; null makes it a no-receipt return. */
  TestReturn tender(TenderType type) {
    tender = type;
    return this;
  }

  TestReturn noReceipt() {
    return tender(null);
  }

  TestReturn preference(RefundPreference p) {
    preference = p;
    return this;
  }

  TestReturn soldAt(Instant at) {
    soldAt = at;
    return this;
  }

  TestReturn customer(String id) {
    customer = id;
    return this;
  }

  TestReturn condition(ItemCondition c, ReasonCode r) {
    condition = c;
    reason = r;
    return this;
  }

  TestReturn category(String c) {
    category = c;
    return this;
  }

  TestReturn saleLineId(String id) {
    saleLineId = id;
    return this;
  }

  ReturnRequest request() {
    Money price = Money.of(amount, currency);
    OriginalSale sale =
        tender == null
            ? null
            : OriginalSale.of(
                "WEB-1", SaleChannel.ECOMMERCE, soldAt, List.of(Tender.of(tender, price, null)));
    ReturnLine line = new ReturnLine("SKU-1", 1, price, reason, condition, saleLineId, category);
    return ReturnRequest.of(
        TerminalId.of("POS-01"),
        sale,
        customer == null ? null : Customer.of(customer),
        List.of(line),
        preference);
  }

  ReturnCase in(UpstreamMode mode) {
    return in(mode, Duration.ZERO);
  }

  ReturnCase in(UpstreamMode mode, Duration offlineFor) {
    return new ReturnCase(request(), mode, NOW, offlineFor);
  }
}
