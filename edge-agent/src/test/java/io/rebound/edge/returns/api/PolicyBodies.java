package io.rebound.edge.returns.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Request bodies for the policy API tests; every receipted body is a sale of its own. */
final class PolicyBodies {
  private PolicyBodies() {}

  /** A cash sale of one line at {@code amount} {@code currency}, sold {@code daysAgo} ago. */
  static String cashReturn(String amount, String currency, int daysAgo) {
    String soldAt =
        Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    return """
        {"terminalId":"POS-01","originalSale":{"saleId":"STORE-%s","channel":"STORE",\
        "soldAt":"%s","tenders":[{"type":"CASH","amount":{"amount":"%s","currency":"%s"}}]},\
        "lines":[{"sku":"SKU-C","quantity":1,"unitPrice":{"amount":"%s","currency":"%s"},\
        "reason":"DEFECTIVE","condition":"OPENED"}],"refundPreference":"ORIGINAL_TENDER"}"""
        .formatted(UUID.randomUUID(), soldAt, amount, currency, amount, currency);
  }

  /** A no-receipt return of {@code amount} USD; {@code customer} null leaves the customer out. */
  static String noReceipt(String amount, String customer) {
    String who = customer == null ? "" : "\"customer\":{\"customerId\":\"" + customer + "\"},";
    return """
        {"terminalId":"POS-01",%s"lines":[{"sku":"SKU-N","quantity":1,"unitPrice":\
        {"amount":"%s","currency":"USD"},"reason":"CHANGED_MIND","condition":"UNOPENED"}],\
        "refundPreference":"STORE_CREDIT"}"""
        .formatted(who, amount);
  }
}
