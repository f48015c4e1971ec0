package io.rebound.central.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.central.payment.GatewayRejectedException;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.central.payment.stripe.sim.Fault;
import io.rebound.central.payment.stripe.sim.Operation;
import io.rebound.central.payment.stripe.sim.SimCharge;
import io.rebound.central.payment.stripe.sim.SimRequest;
import io.rebound.central.payment.stripe.sim.StripeSimulator;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wire shape of the Refunds API calls and the answers that are not retryable. */
class StripeProtocolTest {
  private static final Money AMOUNT = Money.of("19.99", "USD");
  private static final StoreId STORE = StoreId.of("store-wire");

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
  void the_create_request_is_form_encoded_with_key_version_bearer_amount_and_metadata() {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId(), AMOUNT);

    gateway.refund(command);

    SimRequest sent = sim.lastCreate();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/refunds");
    assertThat(sent.authorization()).isEqualTo("Bearer " + StripeSimulator.API_KEY);
    assertThat(sent.stripeVersion()).isEqualTo(StripeRefundsApi.STRIPE_VERSION);
    assertThat(sent.contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(sent.idempotencyKey()).isEqualTo(command.idempotencyKey());
    assertThat(sent.params())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "charge", command.paymentReference(),
                "amount", "1999",
                "metadata[rebound_return_id]", command.returnId().toString(),
                "metadata[rebound_store_id]", STORE.value()));
  }

  @Test
  void a_payment_intent_reference_is_sent_as_payment_intent_and_zero_decimal_amounts_stay_whole() {
    Money yen = Money.of("1500", "JPY");
    RefundCommand command = command(sim.seedCharge(yen).paymentIntentId(), yen);

    RefundOutcome outcome = gateway.refund(command);

    assertThat(sim.lastCreate().params())
        .containsEntry("payment_intent", command.paymentReference())
        .containsEntry("amount", "1500")
        .doesNotContainKey("charge");
    assertThat(outcome).isEqualTo(new RefundOutcome.Succeeded(outcome.refundId(), yen));
  }

  @Test
  void a_wrong_api_key_is_rejected_with_401_and_not_retryable() {
    StripePaymentGateway wrongKey =
        SimulatorGateways.gateway(sim, Map.of("rebound.payment.stripe.api-key", "sk_test_wrong"));
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId(), AMOUNT);

    assertThatThrownBy(() -> wrongKey.refund(command))
        .isInstanceOfSatisfying(
            GatewayRejectedException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(401);
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).doesNotContain("sk_test_wrong");
            });
    assertThat(sim.refundsCreated()).isZero();
  }

  @Test
  void a_missing_api_key_is_rejected_on_first_use_naming_the_key() {
    StripePaymentGateway noKey =
        SimulatorGateways.gateway(sim, Map.of("rebound.payment.stripe.api-key", ""));
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId(), AMOUNT);

    assertThatThrownBy(() -> noKey.refund(command))
        .isInstanceOf(GatewayRejectedException.class)
        .hasMessageContaining("rebound.payment.stripe.api-key")
        .hasMessageContaining("rule: required");
    assertThat(sim.requests(Operation.LIST)).isZero();
  }

  @Test
  void the_same_key_with_other_parameters_is_an_idempotency_conflict_and_rejected()
      throws Exception {
    RefundCommand command = command(sim.seedCharge(AMOUNT).chargeId(), AMOUNT);
    String other = sim.seedCharge(AMOUNT).chargeId();
    HttpResponse<String> first =
        rawCreate(command.idempotencyKey(), "charge=" + other + "&amount=100");
    assertThat(first.statusCode()).isEqualTo(200);

    assertThatThrownBy(() -> gateway.refund(command))
        .isInstanceOfSatisfying(
            GatewayRejectedException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.code()).isEqualTo("idempotency_error");
            });
    assertThat(sim.refundsOf(command.paymentReference())).isZero();
  }

  @Test
  void the_simulator_replays_the_same_key_and_parameters_with_the_replay_header() throws Exception {
    String charge = sim.seedCharge(AMOUNT).chargeId();

    HttpResponse<String> first = rawCreate("key-replay", "charge=" + charge + "&amount=100");
    HttpResponse<String> second = rawCreate("key-replay", "charge=" + charge + "&amount=100");

    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(sim.refundsOf(charge)).isEqualTo(1);
  }

  @Test
  void an_already_refunded_charge_is_a_decline_not_an_error() {
    String charge = sim.seedCharge(AMOUNT).chargeId();
    gateway.refund(command(charge, AMOUNT));

    RefundOutcome second = gateway.refund(command(charge, Money.of("1.00", "USD")));

    assertThat(second)
        .isInstanceOfSatisfying(
            RefundOutcome.Declined.class,
            d -> assertThat(d.code()).isEqualTo("charge_already_refunded"));
  }

  @Test
  void an_unknown_charge_is_rejected_as_an_invalid_request() {
    RefundCommand command = command("ch_does_not_exist", AMOUNT);

    assertThatThrownBy(() -> gateway.refund(command))
        .isInstanceOfSatisfying(
            GatewayRejectedException.class,
            e -> assertThat(e.code()).isEqualTo("resource_missing"));
  }

  @Test
  void a_reference_that_is_not_a_charge_or_payment_intent_is_rejected_before_sending() {
    RefundCommand command = command("tok_visa", AMOUNT);

    assertThatThrownBy(() -> gateway.refund(command))
        .isInstanceOf(GatewayRejectedException.class)
        .hasMessageContaining("paymentReference");
    assertThat(sim.requests(Operation.LIST)).isZero();
  }

  @Test
  void lookup_pages_through_more_refunds_than_one_page_holds() {
    StripePaymentGateway smallPages =
        SimulatorGateways.gateway(sim, Map.of("rebound.payment.stripe.list-page-size", "3"));
    String charge = sim.seedCharge(Money.of("70.00", "USD")).chargeId();
    Money ten = Money.of("10.00", "USD");
    List<RefundCommand> commands = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      RefundCommand c = command(charge, ten);
      commands.add(c);
      ids.add(smallPages.refund(c).refundId());
    }
    int listsBefore = sim.requests(Operation.LIST);

    Optional<RefundOutcome> oldest = smallPages.find(commands.get(0));

    assertThat(oldest.map(RefundOutcome::refundId)).contains(ids.get(0));
    assertThat(sim.requests(Operation.LIST) - listsBefore).isEqualTo(3);
    assertThat(smallPages.refund(commands.get(0)).refundId()).isEqualTo(ids.get(0));
    assertThat(sim.refundsOf(charge)).isEqualTo(7);
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void a_pending_refund_is_pending_until_stripe_settles_it() {
    RefundCommand command =
        command(sim.seedCharge(AMOUNT, SimCharge.Behaviour.PENDING).chargeId(), AMOUNT);

    RefundOutcome first = gateway.refund(command);
    sim.settle(first.refundId());

    assertThat(first).isEqualTo(new RefundOutcome.Pending(first.refundId()));
    assertThat(gateway.find(command))
        .contains(new RefundOutcome.Succeeded(first.refundId(), AMOUNT));
  }

  @Test
  void a_replayed_pending_answer_is_refreshed_with_a_retrieve() {
    RefundCommand command =
        command(sim.seedCharge(AMOUNT, SimCharge.Behaviour.PENDING).chargeId(), AMOUNT);
    RefundOutcome first = gateway.refund(command);
    sim.settle(first.refundId());
    sim.faults().onNext(Operation.LIST, Fault.staleList());

    RefundOutcome second = gateway.refund(command);

    assertThat(second).isEqualTo(new RefundOutcome.Succeeded(first.refundId(), AMOUNT));
    assertThat(sim.requests(Operation.CREATE)).isEqualTo(2);
    assertThat(sim.requests(Operation.RETRIEVE)).isEqualTo(1);
    assertThat(sim.refundsOf(command.paymentReference())).isEqualTo(1);
  }

  private HttpResponse<String> rawCreate(String key, String form) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v1/refunds"))
            .header("Authorization", "Bearer " + StripeSimulator.API_KEY)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static RefundCommand command(String reference, Money amount) {
    return new RefundCommand(ReturnId.mint(Clock.systemUTC()), STORE, reference, amount);
  }
}
