package io.rebound.central.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaymentGateway} guarantees, whatever it talks to. A subclass provides the
 * gateway under test and the references and counters only it can know.
 */
public abstract class PaymentGatewayContract {
  protected static final StoreId STORE = StoreId.of("store-pay-1");

  /** The gateway under test. */
  protected abstract PaymentGateway gateway();

  /** A payment reference ({@code ch_…}/{@code pi_…}) of a sale of {@code amount} it refunds. */
  protected abstract String refundableReference(Money amount);

  /** A payment reference of a sale of {@code amount} whose refunds the gateway declines. */
  protected abstract String decliningReference(Money amount);

  /** Refunds the gateway itself holds for the command's return that moved (or will move) money. */
  protected abstract long refundsAtGateway(RefundCommand command);

  protected static RefundCommand command(String reference, Money amount) {
    return new RefundCommand(ReturnId.mint(Clock.systemUTC()), STORE, reference, amount);
  }

  @Test
  void a_refund_succeeds_with_the_commanded_amount() {
    Money amount = Money.of("49.99", "USD");
    RefundCommand command = command(refundableReference(amount), amount);

    RefundOutcome outcome = gateway().refund(command);

    assertThat(outcome).isInstanceOf(RefundOutcome.Succeeded.class);
    assertThat(((RefundOutcome.Succeeded) outcome).amount()).isEqualTo(amount);
    assertThat(outcome.refundId()).startsWith("re_");
    assertThat(refundsAtGateway(command)).isEqualTo(1);
  }

  @Test
  void repeating_the_command_returns_the_same_refund_and_the_gateway_holds_one() {
    Money amount = Money.of("12.00", "EUR");
    RefundCommand command = command(refundableReference(amount), amount);

    RefundOutcome first = gateway().refund(command);
    RefundOutcome second = gateway().refund(command);

    assertThat(second).isEqualTo(first);
    assertThat(refundsAtGateway(command)).isEqualTo(1);
  }

  @Test
  void find_is_empty_before_the_refund_and_shows_it_after() {
    Money amount = Money.of("5.25", "USD");
    RefundCommand command = command(refundableReference(amount), amount);

    assertThat(gateway().find(command)).isEmpty();
    RefundOutcome outcome = gateway().refund(command);

    assertThat(gateway().find(command)).contains(outcome);
  }

  @Test
  void find_reports_the_amount_the_gateway_refunded_not_the_commands() {
    String reference = refundableReference(Money.of("30.00", "USD"));
    RefundCommand command = command(reference, Money.of("10.00", "USD"));
    gateway().refund(command);
    RefundCommand other =
        new RefundCommand(command.returnId(), STORE, reference, Money.of("11.00", "USD"));

    Optional<RefundOutcome> found = gateway().find(other);

    assertThat(found).get().isInstanceOf(RefundOutcome.Succeeded.class);
    assertThat(((RefundOutcome.Succeeded) found.orElseThrow()).amount())
        .isEqualTo(Money.of("10.00", "USD"));
  }

  @Test
  void find_never_shows_a_declined_refund_as_money_moved() {
    Money amount = Money.of("21.00", "USD");
    RefundCommand command = command(decliningReference(amount), amount);
    gateway().refund(command);

    Optional<RefundOutcome> found = gateway().find(command);

    // a decline that created no refund object (Stripe 402) is not found at all
    assertThat(found.filter(o -> !(o instanceof RefundOutcome.Declined))).isEmpty();
  }

  @Test
  void a_decline_is_an_outcome_and_repeating_it_moves_no_money() {
    Money amount = Money.of("20.00", "USD");
    RefundCommand command = command(decliningReference(amount), amount);

    RefundOutcome first = gateway().refund(command);
    RefundOutcome again = gateway().refund(command);

    assertThat(first).isInstanceOf(RefundOutcome.Declined.class);
    assertThat(((RefundOutcome.Declined) first).code()).isNotBlank();
    assertThat(((RefundOutcome.Declined) first).message()).isNotBlank();
    assertThat(again).isInstanceOf(RefundOutcome.Declined.class);
    assertThat(((RefundOutcome.Declined) again).code())
        .isEqualTo(((RefundOutcome.Declined) first).code());
    assertThat(refundsAtGateway(command)).isZero();
  }

  @Test
  void the_same_return_for_another_amount_is_rejected_not_refunded_twice() {
    String reference = refundableReference(Money.of("30.00", "USD"));
    RefundCommand command = command(reference, Money.of("10.00", "USD"));
    RefundOutcome first = gateway().refund(command);
    RefundCommand changed =
        new RefundCommand(command.returnId(), STORE, reference, Money.of("11.00", "USD"));

    assertThatThrownBy(() -> gateway().refund(changed))
        .isInstanceOfSatisfying(
            GatewayRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("idempotency_error");
              assertThat(e.retryable()).isFalse();
            });
    assertThat(gateway().find(command)).contains(first);
    assertThat(refundsAtGateway(command)).isEqualTo(1);
  }

  @Test
  void two_returns_of_one_sale_are_two_refunds() {
    Money half = Money.of("15.00", "USD");
    String reference = refundableReference(Money.of("30.00", "USD"));
    RefundCommand a = command(reference, half);
    RefundCommand b = command(reference, half);

    RefundOutcome first = gateway().refund(a);
    RefundOutcome second = gateway().refund(b);

    assertThat(first.refundId()).isNotEqualTo(second.refundId());
    assertThat(gateway().find(a)).contains(first);
    assertThat(gateway().find(b)).contains(second);
  }

  @Test
  void concurrent_refunds_of_one_return_create_one_refund() {
    Money amount = Money.of("7.50", "USD");
    RefundCommand command = command(refundableReference(amount), amount);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<RefundOutcome>> calls =
          IntStream.range(0, 4)
              .mapToObj(i -> CompletableFuture.supplyAsync(() -> gateway().refund(command), pool))
              .toList();

      List<String> ids =
          calls.stream().map(CompletableFuture::join).map(o -> o.refundId()).toList();

      assertThat(ids).hasSize(4).containsOnly(ids.get(0));
      assertThat(refundsAtGateway(command)).isEqualTo(1);
      assertThat(gateway().find(command).map(RefundOutcome::refundId))
          .isEqualTo(Optional.of(ids.get(0)));
    } finally {
      pool.shutdownNow();
    }
  }
}
