package io.rebound.central.payment.stripe;

import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.PaymentGatewayContract;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.stripe.sim.SimCharge;
import io.rebound.central.payment.stripe.sim.StripeSimulator;
import io.rebound.protocols.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Stripe client honours the gateway contract against the wire-level simulator. */
class StripePaymentGatewayContractTest extends PaymentGatewayContract {
  private static StripeSimulator sim;
  private static StripePaymentGateway gateway;

  @BeforeAll
  static void start() {
    sim = StripeSimulator.start();
    gateway = SimulatorGateways.gateway(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Override
  protected PaymentGateway gateway() {
    return gateway;
  }

  @Override
  protected String refundableReference(Money amount) {
    return sim.seedCharge(amount).chargeId();
  }

  @Override
  protected String decliningReference(Money amount) {
    return sim.seedCharge(amount, SimCharge.Behaviour.DECLINE).paymentIntentId();
  }

  @Override
  protected long refundsAtGateway(RefundCommand command) {
    return sim.liveRefundsOfReturn(command.paymentReference(), command.returnId().toString());
  }
}
