package io.rebound.e2e.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.json.ProtocolJson;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** POS request bodies built from protocols' records, so they match the contract exactly. */
public final class ReturnBodies {
  /**
   * The request body printed in PRODUCT.md, verbatim except for {@code soldAt}, which is six days
   * before now so that the 30-day return window keeps accepting it whatever day the tests run.
   */
  public static final String PRODUCT_EXAMPLE = productExample("WEB-100234");

  /** The PRODUCT.md body with its own sale id (a sale line can be returned only once). */
  public static String productExample(String saleId) {
    String soldAt =
        Instant.now().minus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    return "{\"terminalId\":\"POS-01\",\"originalSale\":{\"saleId\":\""
        + saleId
        + "\",\"channel\":\"ECOMMERCE\",\"soldAt\":\""
        + soldAt
        + "\",\"tenders\":[{\"type\":\"CARD\","
        + "\"amount\":{\"amount\":\"49.99\",\"currency\":\"USD\"},\"paymentReference\":"
        + "\"ch_123\"}]},\"customer\":{\"customerId\":\"C-889\"},\"lines\":[{\"sku\":\"SKU-1\","
        + "\"quantity\":1,\"unitPrice\":{\"amount\":\"49.99\",\"currency\":\"USD\"},\"reason\":"
        + "\"WRONG_SIZE\",\"condition\":\"UNOPENED\"}],\"refundPreference\":\"ORIGINAL_TENDER\"}";
  }

  private ReturnBodies() {}

  /** A receipted card return of one line; {@code n} makes sale id and SKU distinct. */
  public static ReturnRequest cardReturn(int n) {
    Money price = Money.of("19.99", "USD");
    Instant soldAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    return new ReturnRequest(
        TerminalId.of(EdgeCredentials.TERMINAL),
        new OriginalSale(
            "WEB-" + (100_000 + n),
            SaleChannel.ECOMMERCE,
            soldAt,
            List.of(new Tender(TenderType.CARD, price, "ch_e2e_" + n))),
        new Customer("C-" + n),
        List.of(ReturnLine.of("SKU-" + n, 1, price, ReasonCode.WRONG_SIZE, ItemCondition.UNOPENED)),
        RefundPreference.ORIGINAL_TENDER);
  }

  /** A cash return of {@code amount} USD. */
  public static ReturnRequest cashReturn(int n, String amount) {
    Money price = Money.of(amount, "USD");
    Instant soldAt = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    return new ReturnRequest(
        TerminalId.of(EdgeCredentials.TERMINAL),
        new OriginalSale(
            "STORE-" + (500_000 + n),
            SaleChannel.STORE,
            soldAt,
            List.of(new Tender(TenderType.CASH, price, null))),
        null,
        List.of(ReturnLine.of("SKU-C" + n, 1, price, ReasonCode.DEFECTIVE, ItemCondition.OPENED)),
        RefundPreference.ORIGINAL_TENDER);
  }

  /**
   * A cash return of one line of a cash sale: sale {@code saleId}, sale line {@code saleLineId},
   * {@code amount} USD, sold a day ago. Two stores posting the same ids return the same sale line.
   */
  public static ReturnRequest cashReturnOfSaleLine(
      String saleId, String saleLineId, String amount) {
    Money price = Money.of(amount, "USD");
    Instant soldAt = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    return new ReturnRequest(
        TerminalId.of(EdgeCredentials.TERMINAL),
        new OriginalSale(
            saleId, SaleChannel.STORE, soldAt, List.of(new Tender(TenderType.CASH, price, null))),
        null,
        List.of(
            new ReturnLine(
                "SKU-" + saleLineId,
                1,
                price,
                ReasonCode.DEFECTIVE,
                ItemCondition.OPENED,
                saleLineId,
                null)),
        RefundPreference.ORIGINAL_TENDER);
  }

  /**
   * A receipted return of one line of a cash sale, refunded as store credit (refund preference
   * {@code STORE_CREDIT}): issued at once under a number from the store's blocks, in every mode;
   * {@code n} makes sale id and SKU distinct.
   */
  public static ReturnRequest storeCreditReturn(int n) {
    Money price = Money.of("30.00", "USD");
    Instant soldAt = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    return new ReturnRequest(
        TerminalId.of("POS-01"),
        new OriginalSale(
            "STORE-SC-" + (700_000 + n),
            SaleChannel.STORE,
            soldAt,
            List.of(new Tender(TenderType.CASH, price, null))),
        new Customer("C-SC-" + n),
        List.of(
            ReturnLine.of("SKU-SC" + n, 1, price, ReasonCode.WRONG_SIZE, ItemCondition.UNOPENED)),
        RefundPreference.STORE_CREDIT);
  }

  /** A no-receipt return (no original sale). */
  public static ReturnRequest noReceiptReturn(int n) {
    Money price = Money.of("12.50", "USD");
    return new ReturnRequest(
        TerminalId.of(EdgeCredentials.TERMINAL),
        null,
        new Customer("C-NR-" + n),
        List.of(
            ReturnLine.of("SKU-N" + n, 1, price, ReasonCode.CHANGED_MIND, ItemCondition.UNOPENED)),
        RefundPreference.STORE_CREDIT);
  }

  public static String json(ReturnRequest request) {
    return ProtocolJson.toJson(request);
  }

  /** The PRODUCT.md body as a mutable tree, for tests that break one field at a time. */
  public static ObjectNode productExampleTree() {
    try {
      return (ObjectNode) ProtocolJson.mapper().readTree(PRODUCT_EXAMPLE);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
