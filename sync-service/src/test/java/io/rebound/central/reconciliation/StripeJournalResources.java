package io.rebound.central.reconciliation;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rebound.central.payment.stripe.sim.StripeSimulator;
import java.util.Map;

/** Central with the Stripe adapter against the wire-level simulator, and the journal ERP. */
public class StripeJournalResources implements QuarkusTestResourceLifecycleManager {
  private static StripeSimulator simulator;

  static StripeSimulator simulator() {
    return simulator;
  }

  @Override
  public Map<String, String> start() {
    simulator = StripeSimulator.start();
    return Map.of(
        "rebound.payment.kind", "stripe",
        "rebound.payment.stripe.base-url", simulator.baseUrl(),
        "rebound.payment.stripe.api-key", StripeSimulator.API_KEY,
        "rebound.payment.stripe.request-timeout", "2S",
        "rebound.process.payment.timeout-millis", "8000",
        "rebound.erp.kind", "journal");
  }

  @Override
  public void stop() {
    if (simulator != null) {
      simulator.close();
    }
  }
}
