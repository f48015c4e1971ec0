package io.rebound.central.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Inside the app, each gateway is a bean selectable by its kind, as the refund process does. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class PaymentGatewayWiringTest {
  @Inject @Any Instance<PaymentGateway> gateways;

  @Test
  void the_sandbox_bean_refunds_in_the_app_database() {
    PaymentGateway gateway = gateways.select(Identifier.Literal.of("sandbox")).get();
    RefundCommand command =
        new RefundCommand(
            ReturnId.mint(Clock.systemUTC()),
            StoreId.of("store-wiring"),
            "ch_sale_wiring",
            Money.of("9.99", "USD"));

    RefundOutcome outcome = gateway.refund(command);

    assertThat(gateway.kind()).isEqualTo("sandbox");
    assertThat(gateway.sandbox()).isTrue();
    assertThat(outcome).isInstanceOf(RefundOutcome.Succeeded.class);
    assertThat(gateway.find(command)).contains(outcome);
  }

  @Test
  void the_stripe_bean_exists_and_without_an_api_key_refuses_naming_the_key() {
    PaymentGateway stripe = gateways.select(Identifier.Literal.of("stripe")).get();
    RefundCommand command =
        new RefundCommand(
            ReturnId.mint(Clock.systemUTC()),
            StoreId.of("store-wiring"),
            "ch_sale_wiring",
            Money.of("9.99", "USD"));

    assertThat(stripe.kind()).isEqualTo("stripe");
    assertThat(stripe.sandbox()).isFalse();
    assertThatThrownBy(() -> stripe.find(command))
        .isInstanceOf(GatewayRejectedException.class)
        .hasMessageContaining("rebound.payment.stripe.api-key");
  }
}
