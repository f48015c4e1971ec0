package io.rebound.central.orchestration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rebound.central.erp.tryton.TrytonServer;
import io.rebound.central.payment.stripe.sim.StripeSimulator;
import java.util.HashMap;
import java.util.Map;

/**
 * The real adapters' counterparts for a {@code @QuarkusTest}: the Stripe simulator (wire-level,
 * with scripted faults) and a real {@code trytond}, passed to central through its ordinary keys
 * ({@code rebound.payment.kind=stripe}, {@code rebound.erp.kind=tryton}).
 */
public class StripeTrytonResources implements QuarkusTestResourceLifecycleManager {
  private static StripeSimulator simulator;
  private static TrytonServer tryton;

  static StripeSimulator simulator() {
    return simulator;
  }

  static TrytonServer tryton() {
    return tryton;
  }

  @Override
  public Map<String, String> start() {
    simulator = StripeSimulator.start();
    tryton = TrytonServer.start();
    Map<String, String> config = new HashMap<>();
    config.put("rebound.payment.kind", "stripe");
    config.put("rebound.payment.stripe.base-url", simulator.baseUrl());
    config.put("rebound.payment.stripe.api-key", StripeSimulator.API_KEY);
    config.put("rebound.payment.stripe.request-timeout", "2S");
    config.put("rebound.erp.kind", "tryton");
    config.put("rebound.erp.tryton.url", tryton.url().toString());
    config.put("rebound.erp.tryton.database", TrytonServer.DATABASE);
    config.put("rebound.erp.tryton.password", TrytonServer.PASSWORD);
    config.put("rebound.erp.tryton.request-timeout", "10S");
    // room for the adapters' own timeouts (ConfigCheck: 3 × 2 s + 2 s, 2 × 10 s); the test
    // profile's 2 s suit only the scripted adapters
    config.put("rebound.process.payment.timeout-millis", "8000");
    config.put("rebound.process.erp.timeout-millis", "20000");
    return config;
  }

  @Override
  public void stop() {
    if (tryton != null) {
      tryton.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }
}
