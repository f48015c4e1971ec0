package io.rebound.central.config;

/**
 * The fault-tolerance timeout of a guarded call ({@code rebound.process.<system>.timeout-millis})
 * must leave the active adapter room to finish what it started. A Stripe refund is a lookup, the
 * create and, after an ambiguous answer, a second lookup that finds the refund the lost answer
 * created; a timeout that cuts the lookup off leaves the outcome unknown and counts a refund that
 * happened as a gateway failure. A Tryton posting is several JSON-RPC calls; a timeout shorter than
 * two of them interrupts postings of a merely slow ERP until its circuit opens.
 */
final class ProcessTimeoutCheck {
  private ProcessTimeoutCheck() {}

  static void validate(CentralConfig config) {
    if ("stripe".equals(config.payment().kind())) {
      StripeConfig stripe = config.payment().stripe();
      atLeast(
          "rebound.process.payment.timeout-millis",
          config.process().payment().timeoutMillis(),
          3 * stripe.requestTimeout().toMillis() + stripe.connectTimeout().toMillis(),
          "3 × rebound.payment.stripe.request-timeout + rebound.payment.stripe.connect-timeout");
    }
    if ("tryton".equals(config.erp().kind())) {
      atLeast(
          "rebound.process.erp.timeout-millis",
          config.process().erp().timeoutMillis(),
          2 * config.erp().tryton().requestTimeout().toMillis(),
          "2 × rebound.erp.tryton.request-timeout");
    }
  }

  private static void atLeast(String key, long value, long needed, String formula) {
    if (value < needed) {
      throw new IllegalArgumentException(
          key
              + ": "
              + value
              + " ms is shorter than the adapter's own timeouts allow (rule: at least "
              + needed
              + " ms = "
              + formula
              + ")");
    }
  }
}
