package io.rebound.central.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnRequest;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaleLineLedgerTest {
  private static final Money PRICE = Money.of("10.00", "USD");

  @Test
  void line_key_is_the_sale_line_id_when_given_else_the_sku() {
    assertThat(SaleLineLedger.lineKey(line("SKU-1", 1, "7"))).isEqualTo("line:7");
    assertThat(SaleLineLedger.lineKey(line("SKU-1", 1, null))).isEqualTo("sku:SKU-1");
  }

  @Test
  void lines_with_the_same_key_are_summed_and_other_keys_kept_apart() {
    ReturnAccepted a =
        withLines(line("SKU-1", 2, null), line("SKU-1", 3, null), line("SKU-1", 1, "L9"));

    List<SaleLineLedger.LineEntry> entries = SaleLineLedger.entries(List.of(a));

    assertThat(entries)
        .extracting(SaleLineLedger.LineEntry::lineKey, SaleLineLedger.LineEntry::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sku:SKU-1", 5),
            org.assertj.core.groups.Tuple.tuple("line:L9", 1));
    assertThat(entries)
        .allMatch(e -> e.saleId().equals(a.request().originalSale().saleId()))
        .allMatch(e -> e.returnId().equals(a.returnId().value()));
  }

  @Test
  void a_no_receipt_return_records_no_line() {
    ReturnAccepted base = withLines(line("SKU-1", 1, null));
    ReturnRequest r = base.request();
    ReturnRequest noReceipt =
        new ReturnRequest(r.terminalId(), null, r.customer(), r.lines(), r.refundPreference());

    assertThat(SaleLineLedger.entries(List.of(with(base, noReceipt)))).isEmpty();
  }

  private static ReturnLine line(String sku, int quantity, String saleLineId) {
    return new ReturnLine(
        sku, quantity, PRICE, ReasonCode.WRONG_SIZE, ItemCondition.UNOPENED, saleLineId, null);
  }

  private static ReturnAccepted withLines(ReturnLine... lines) {
    ReturnAccepted base =
        TestEvents.accepted(StoreId.of("store1"), ReturnId.mint(Clock.systemUTC()));
    ReturnRequest r = base.request();
    return with(
        base,
        new ReturnRequest(
            r.terminalId(), r.originalSale(), r.customer(), List.of(lines), r.refundPreference()));
  }

  private static ReturnAccepted with(ReturnAccepted base, ReturnRequest request) {
    return new ReturnAccepted(
        base.returnId(),
        base.storeId(),
        base.acceptedAt(),
        base.mode(),
        base.status(),
        request,
        base.refund(),
        base.decisions());
  }
}
