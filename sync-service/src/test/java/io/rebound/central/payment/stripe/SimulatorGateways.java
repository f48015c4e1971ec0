package io.rebound.central.payment.stripe;

import io.quarkus.runtime.configuration.DurationConverter;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.config.StripeConfig;
import io.rebound.central.payment.stripe.sim.StripeSimulator;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Stripe gateways configured through the real config mapping, pointed at a simulator. */
final class SimulatorGateways {
  /** The client's request timeout in these tests; the simulator's held answers exceed it. */
  static final Duration REQUEST_TIMEOUT = Duration.ofMillis(600);

  private SimulatorGateways() {}

  static StripePaymentGateway gateway(StripeSimulator sim) {
    return gateway(sim, Map.of());
  }

  /** A gateway for {@code sim}; {@code overrides} are {@code rebound.*} keys. */
  static StripePaymentGateway gateway(StripeSimulator sim, Map<String, String> overrides) {
    return new StripePaymentGateway(config(sim, overrides));
  }

  static StripeConfig config(StripeSimulator sim, Map<String, String> overrides) {
    Map<String, String> values = new HashMap<>();
    values.put("rebound.payment.kind", "stripe");
    values.put("rebound.payment.stripe.base-url", sim.baseUrl());
    values.put("rebound.payment.stripe.api-key", StripeSimulator.API_KEY);
    values.put("rebound.payment.stripe.request-timeout", REQUEST_TIMEOUT.toMillis() + "ms");
    values.putAll(overrides);
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(CentralConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withSources(new PropertiesConfigSource(values, "test", 500))
            .build();
    return config.getConfigMapping(CentralConfig.class).payment().stripe();
  }
}
