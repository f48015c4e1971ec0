package io.rebound.central.config;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Startup checks of {@code rebound.payment.stripe.*}, naming the key and the rule. Unknown kinds
 * are refused by the process' adapter selection, which knows every gateway bean.
 */
final class PaymentConfigCheck {
  private PaymentConfigCheck() {}

  static void validate(PaymentConfig payment) {
    if (!payment.kind().equals("stripe")) {
      return;
    }
    StripeConfig stripe = payment.stripe();
    if (stripe.apiKey().filter(key -> !key.isBlank()).isEmpty()) {
      throw new IllegalArgumentException(
          "rebound.payment.stripe.api-key: required when rebound.payment.kind=stripe (rule:"
              + " required; set REBOUND_PAYMENT_STRIPE_API_KEY)");
    }
    baseUrl(stripe.baseUrl());
    if (stripe.listPageSize() < 1 || stripe.listPageSize() > 100) {
      throw new IllegalArgumentException(
          "rebound.payment.stripe.list-page-size: "
              + stripe.listPageSize()
              + " is out of range (rule: between 1 and 100)");
    }
    positive("rebound.payment.stripe.connect-timeout", stripe.connectTimeout().toMillis());
    positive("rebound.payment.stripe.request-timeout", stripe.requestTimeout().toMillis());
  }

  private static void baseUrl(String value) {
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "rebound.payment.stripe.base-url: '" + value + "' is not usable (rule: http(s) URL)");
  }

  private static void positive(String key, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(key + ": must be positive (rule: positive duration)");
    }
  }
}
