package io.rebound.edge.security.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Request bodies for the security tests. */
public final class Bodies {
  private Bodies() {}

  /** A cash return of {@code amount} USD from {@code terminal}, sold three days ago. */
  public static String cashReturn(String terminal, String amount) {
    String soldAt =
        Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    return """
        {"terminalId":"%s","originalSale":{"saleId":"STORE-%s","channel":"STORE",\
        "soldAt":"%s","tenders":[{"type":"CASH","amount":{"amount":"%s","currency":"USD"}}]},\
        "lines":[{"sku":"SKU-C","quantity":1,"unitPrice":{"amount":"%s","currency":"USD"},\
        "reason":"DEFECTIVE","condition":"OPENED"}],"refundPreference":"ORIGINAL_TENDER"}"""
        .formatted(terminal, UUID.randomUUID(), soldAt, amount, amount);
  }

  public static String newKey() {
    return "sec-" + UUID.randomUUID();
  }
}
