package io.rebound.central.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code rebound.payment.stripe.*}: the Stripe Refunds API client (used when kind=stripe). */
public interface StripeConfig {

  /** Base URL of the Stripe API; a test points it at the simulator. */
  @WithDefault("https://api.stripe.com")
  String baseUrl();

  /**
   * Secret API key ({@code sk_live_…}/{@code sk_test_…} or a restricted {@code rk_…} key), sent as
   * {@code Authorization: Bearer}. Required when {@code rebound.payment.kind=stripe}; never logged.
   */
  Optional<String> apiKey();

  /** Longest wait for the TCP/TLS connection to the API. */
  @WithDefault("2S")
  Duration connectTimeout();

  /**
   * Longest wait for one API response. A refund request that times out is treated as ambiguous: the
   * client looks the refund up before reporting the gateway unavailable.
   */
  @WithDefault("5S")
  Duration requestTimeout();

  /**
   * Page size of {@code GET /v1/refunds} when looking a return's refund up by charge (1..100,
   * Stripe's maximum is 100).
   */
  @WithDefault("100")
  int listPageSize();
}
