package io.rebound.central.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A guarded call's timeout must leave the active adapter room for its own requests. */
class ProcessTimeoutCheckTest {
  private static final Map<String, String> STRIPE =
      Map.of("rebound.payment.kind", "stripe", "rebound.payment.stripe.api-key", "sk_test_x");

  @Test
  void the_defaults_leave_stripe_and_tryton_room() {
    Map<String, String> values = new HashMap<>(STRIPE);
    values.put("rebound.erp.kind", "tryton");
    assertThatCode(() -> ConfigCheck.validate(config(values))).doesNotThrowAnyException();
  }

  @Test
  void a_payment_timeout_that_would_cut_off_the_lookup_after_a_lost_answer_is_refused() {
    Map<String, String> values = new HashMap<>(STRIPE);
    values.put("rebound.payment.stripe.request-timeout", "5S");
    values.put("rebound.process.payment.timeout-millis", "10000");
    assertThatThrownBy(() -> ConfigCheck.validate(config(values)))
        .hasMessageContaining("rebound.process.payment.timeout-millis: 10000 ms")
        .hasMessageContaining("rule: at least 17000 ms")
        .hasMessageContaining("rebound.payment.stripe.request-timeout");
  }

  @Test
  void an_erp_timeout_shorter_than_two_tryton_calls_is_refused() {
    assertThatThrownBy(
            () ->
                ConfigCheck.validate(
                    config(
                        Map.of(
                            "rebound.erp.kind", "tryton",
                            "rebound.erp.tryton.request-timeout", "10S",
                            "rebound.process.erp.timeout-millis", "15000"))))
        .hasMessageContaining("rebound.process.erp.timeout-millis: 15000 ms")
        .hasMessageContaining("rule: at least 20000 ms = 2 × rebound.erp.tryton.request-timeout");
  }

  @Test
  void the_embedded_adapters_are_not_held_to_remote_timeouts() {
    assertThatCode(
            () ->
                ConfigCheck.validate(
                    config(
                        Map.of(
                            "rebound.process.payment.timeout-millis", "500",
                            "rebound.process.erp.timeout-millis", "500"))))
        .doesNotThrowAnyException();
  }

  private static CentralConfig config(Map<String, String> values) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(CentralConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withSources(new PropertiesConfigSource(new HashMap<>(values), "test", 500))
            .build();
    return config.getConfigMapping(CentralConfig.class);
  }
}
