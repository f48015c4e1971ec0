package io.rebound.central.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.central.payment.GatewayUnavailableException;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.central.payment.stripe.sim.Fault;
import io.rebound.central.payment.stripe.sim.Operation;
import io.rebound.central.payment.stripe.sim.SimCharge;
import io.rebound.central.payment.stripe.sim.StripeSimulator;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lost answers, server errors and throttling never produce a second refund. */
class StripeFaultsTest {
  private static final Money AMOUNT = Money.of("30.00", "USD");
  private static final Duration HOLD = SimulatorGateways.REQUEST_TIMEOUT.multipliedBy(3);

  private StripeSimulator sim;
  private StripePaymentGateway gateway;

  @BeforeEach
  void start() {
    sim = StripeSimulator.start();
    gateway = SimulatorGateways.gateway(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void a_timeout_after_the_refund_was_performed_is_resolved_by_lookup_with_exactly_one_refund() {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId());
    sim.faults().onNext(Operation.CREATE, Fault.timeout(HOLD));

    RefundOutcome outcome = gateway.refund(command);

    assertThat(outcome).isInstanceOf(RefundOutcome.Succeeded.class);
    assertThat(sim.refundsOf(command.paymentReference())).isEqualTo(1);
    assertThat(gateway.refund(command).refundId()).isEqualTo(outcome.refundId());
    assertThat(sim.refundsOf(command.paymentReference())).isEqualTo(1);
    assertThat(sim.requests(Operation.CREATE)).isEqualTo(1);
  }

  @Test
  void a_connection_dropped_after_the_refund_is_resolved_by_lookup_with_exactly_one_refund() {
    RefundCommand command = command(sim.seedCharge(AMOUNT).paymentIntentId());
    sim.faults().onNext(Operation.CREATE, Fault.loseResponseAfterRefund());

    RefundOutcome outcome = gateway.refund(command);

    assertThat(outcome).isInstanceOf(RefundOutcome.Succeeded.class);
    assertThat(sim.refundsOf(command.paymentReference())).isEqualTo(1);
  }

  @Test
  void a_500_after_the_refund_was_performed_is_resolved_by_lookup_with_exactly_one_refund() {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId());
    sim.faults().onNext(Operation.CREATE, Fault.errorAfterRefund());

    RefundOutcome outcome = gateway.refund(command);

    assertThat(outcome).isInstanceOf(RefundOutcome.Succeeded.class);
    assertThat(sim.refundsOf(command.paymentReference())).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503})
  void a_5xx_before_performing_is_unavailable_and_a_retry_with_the_same_key_creates_one(
      int status) {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId());
    sim.faults().onNext(Operation.CREATE, Fault.serverError(status));

    assertThatThrownBy(() -> gateway.refund(command))
        .isInstanceOf(GatewayUnavailableException.class)
        .hasMessageContaining("HTTP " + status);
    assertThat(sim.refundsOf(command.paymentReference())).isZero();

    RefundOutcome retried = gateway.refund(command);

    assertThat(retried).isInstanceOf(RefundOutcome.Succeeded.class);
    assertThat(sim.refundsOf(command.paymentReference())).isEqualTo(1);
    assertThat(sim.createKeys())
        .containsExactly(command.idempotencyKey(), command.idempotencyKey());
  }

  @Test
  void rate_limiting_is_unavailable_and_creates_nothing() {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId());
    sim.faults().onNext(Operation.CREATE, Fault.rateLimited());

    assertThatThrownBy(() -> gateway.refund(command))
        .isInstanceOf(GatewayUnavailableException.class)
        .hasMessageContaining("429");
    assertThat(sim.refundsOf(command.paymentReference())).isZero();
  }

  @Test
  void a_failing_lookup_is_unavailable_and_sends_no_refund() {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId());
    sim.faults().onNext(Operation.LIST, Fault.serverError(503));

    assertThatThrownBy(() -> gateway.refund(command))
        .isInstanceOf(GatewayUnavailableException.class);
    assertThat(sim.requests(Operation.CREATE)).isZero();
  }

  @Test
  void an_ambiguous_create_whose_lookup_also_fails_stays_unavailable_and_keeps_the_key() {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId());
    sim.faults()
        .onNext(Operation.CREATE, Fault.timeout(HOLD))
        .onNext(Operation.LIST, Fault.slow(Duration.ZERO), Fault.serverError(502));

    assertThatThrownBy(() -> gateway.refund(command))
        .isInstanceOf(GatewayUnavailableException.class)
        .hasMessageContaining("no answer within");

    assertThat(gateway.refund(command)).isInstanceOf(RefundOutcome.Succeeded.class);
    assertThat(sim.refundsOf(command.paymentReference())).isEqualTo(1);
    assertThat(sim.createKeys()).containsOnly(command.idempotencyKey());
    assertThat(sim.faults().pending()).isZero();
  }

  @Test
  void a_slow_answer_within_the_timeout_is_a_normal_refund() {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId());
    sim.faults()
        .onNext(Operation.CREATE, Fault.slow(SimulatorGateways.REQUEST_TIMEOUT.dividedBy(4)));

    assertThat(gateway.refund(command)).isInstanceOf(RefundOutcome.Succeeded.class);
    assertThat(sim.refundsOf(command.paymentReference())).isEqualTo(1);
  }

  @Test
  void a_card_error_402_is_a_declined_outcome_with_the_decline_code() {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId());
    sim.faults().onNext(Operation.CREATE, Fault.decline("expired_card"));

    RefundOutcome outcome = gateway.refund(command);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            RefundOutcome.Declined.class,
            d -> {
              assertThat(d.code()).isEqualTo("expired_card");
              assertThat(d.refundId()).isNull();
            });
    assertThat(sim.refundsOf(command.paymentReference())).isZero();
  }

  @Test
  void a_refund_that_failed_at_stripe_is_declined_with_its_id_and_reason() {
    RefundCommand command = command(sim.seedCharge(AMOUNT, SimCharge.Behaviour.FAIL).chargeId());

    RefundOutcome outcome = gateway.refund(command);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            RefundOutcome.Declined.class,
            d -> {
              assertThat(d.refundId()).startsWith("re_");
              assertThat(d.code()).isEqualTo("expired_or_canceled_card");
            });
    assertThat(gateway.refund(command).refundId()).isEqualTo(outcome.refundId());
    assertThat(sim.requests(Operation.CREATE)).isEqualTo(1);
  }

  private static RefundCommand command(String reference) {
    return new RefundCommand(
        ReturnId.mint(Clock.systemUTC()), StoreId.of("store-faults"), reference, AMOUNT);
  }
}
