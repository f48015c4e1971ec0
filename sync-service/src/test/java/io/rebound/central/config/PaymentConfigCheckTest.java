package io.rebound.central.config;

import static org.assertj.core.api.Assertions.assertThat;
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

/** rebound.payment.* is checked at startup, naming the key and the rule. */
class PaymentConfigCheckTest {

  @Test
  void with_nothing_configured_the_embedded_defaults_are_selected() {
    CentralConfig defaults = config(Map.of());
    assertThat(defaults.payment().kind()).isEqualTo("sandbox");
    assertThat(defaults.erp().kind()).isEqualTo("journal");
  }

  @Test
  void the_default_sandbox_needs_no_stripe_settings() {
    assertThatCode(() -> ConfigCheck.validate(config(Map.of()))).doesNotThrowAnyException();
  }

  @Test
  void stripe_without_an_api_key_fails_at_startup_naming_the_key() {
    assertThatThrownBy(() -> ConfigCheck.validate(config(Map.of("rebound.payment.kind", "stripe"))))
        .hasMessageContaining("rebound.payment.stripe.api-key")
        .hasMessageContaining("rule: required");
  }

  @Test
  void stripe_with_a_key_and_defaults_passes() {
    assertThatCode(
            () ->
                ConfigCheck.validate(
                    config(
                        Map.of(
                            "rebound.payment.kind", "stripe",
                            "rebound.payment.stripe.api-key", "sk_test_x"))))
        .doesNotThrowAnyException();
  }

  @Test
  void a_stripe_page_size_above_100_is_refused() {
    assertThatThrownBy(
            () ->
                ConfigCheck.validate(
                    config(
                        Map.of(
                            "rebound.payment.kind", "stripe",
                            "rebound.payment.stripe.api-key", "sk_test_x",
                            "rebound.payment.stripe.list-page-size", "101"))))
        .hasMessageContaining("rebound.payment.stripe.list-page-size")
        .hasMessageContaining("between 1 and 100");
  }

  @Test
  void a_stripe_base_url_that_is_not_http_is_refused() {
    assertThatThrownBy(
            () ->
                ConfigCheck.validate(
                    config(
                        Map.of(
                            "rebound.payment.kind", "stripe",
                            "rebound.payment.stripe.api-key", "sk_test_x",
                            "rebound.payment.stripe.base-url", "ftp://stripe"))))
        .hasMessageContaining("rebound.payment.stripe.base-url");
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
