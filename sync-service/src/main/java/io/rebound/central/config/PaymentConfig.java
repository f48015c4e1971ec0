package io.rebound.central.config;

import io.smallrye.config.WithDefault;

/** {@code rebound.payment.*}: which payment gateway refunds card tenders. */
public interface PaymentConfig {

  /**
   * {@code sandbox} (default: refunds settle locally in central's database, every record and log
   * line marked sandbox) or {@code stripe} (the Stripe Refunds API at {@code
   * rebound.payment.stripe.base-url}).
   */
  @WithDefault("sandbox")
  String kind();

  /** The Stripe client ({@code rebound.payment.stripe.*}), read only when kind is stripe. */
  StripeConfig stripe();
}
