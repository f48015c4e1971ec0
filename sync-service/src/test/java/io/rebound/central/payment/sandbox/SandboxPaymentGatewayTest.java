package io.rebound.central.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.central.db.Database;
import io.rebound.central.payment.GatewayUnavailableException;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sandbox-only behaviour: restarts, SANDBOX marking, deterministic declines, failures. */
class SandboxPaymentGatewayTest {
  private static final StoreId STORE = StoreId.of("store-sandbox");

  @TempDir static Path sharedDir;
  private static Database shared;

  @TempDir Path dataDir;

  @BeforeAll
  static void startShared() {
    shared = SandboxDatabases.start(sharedDir);
  }

  @AfterAll
  static void stopShared() {
    shared.stop();
  }

  @Test
  void a_refund_is_idempotent_by_return_across_a_restart_and_every_row_says_sandbox() {
    Money amount = Money.of("42.00", "USD");
    RefundCommand command = command("ch_sale_restart", amount);
    Database first = SandboxDatabases.start(dataDir);
    RefundOutcome before;
    try {
      before = new SandboxPaymentGateway(first).refund(command);
    } finally {
      first.stop();
    }

    Database second = SandboxDatabases.start(dataDir);
    try {
      SandboxPaymentGateway restarted = new SandboxPaymentGateway(second);

      assertThat(restarted.find(command)).contains(before);
      assertThat(restarted.refund(command)).isEqualTo(before);
      assertThat(before.refundId()).startsWith("re_sandbox_");
      assertThat(SandboxDatabases.rows(second, command, SandboxRefundStatus.SUCCEEDED))
          .isEqualTo(1);
      assertThat(SandboxDatabases.environment(second, command)).isEqualTo("SANDBOX");
      assertThat(restarted.sandbox()).isTrue();
      assertThat(restarted.kind()).isEqualTo("sandbox");
    } finally {
      second.stop();
    }
  }

  @Test
  void declines_are_deterministic_by_reference_and_amount_limit() {
    SandboxPaymentGateway gateway = new SandboxPaymentGateway(shared);

    assertThat(code(gateway.refund(command("ch_decline_1", Money.of("1.00", "USD")))))
        .isEqualTo("card_declined");
    assertThat(code(gateway.refund(command("pi_refunded_1", Money.of("1.00", "USD")))))
        .isEqualTo("charge_already_refunded");
    assertThat(code(gateway.refund(command("ch_sale_big", Money.of("10000.01", "EUR")))))
        .isEqualTo("amount_too_large");
    assertThat(gateway.refund(command("ch_sale_max", Money.of("10000.00", "EUR"))))
        .isInstanceOf(RefundOutcome.Succeeded.class);
  }

  @Test
  void an_unreachable_database_makes_the_sandbox_unavailable_not_declined() {
    Database database = SandboxDatabases.unstarted(dataDir);
    SandboxPaymentGateway gateway = new SandboxPaymentGateway(database);
    RefundCommand command = command("ch_sale_down", Money.of("3.00", "USD"));

    assertThatThrownBy(() -> gateway.refund(command))
        .isInstanceOf(GatewayUnavailableException.class)
        .hasMessageContaining("SANDBOX");
    assertThatThrownBy(() -> gateway.find(command)).isInstanceOf(GatewayUnavailableException.class);
  }

  private static String code(RefundOutcome outcome) {
    assertThat(outcome).isInstanceOf(RefundOutcome.Declined.class);
    return ((RefundOutcome.Declined) outcome).code();
  }

  private static RefundCommand command(String reference, Money amount) {
    return new RefundCommand(ReturnId.mint(Clock.systemUTC()), STORE, reference, amount);
  }
}
