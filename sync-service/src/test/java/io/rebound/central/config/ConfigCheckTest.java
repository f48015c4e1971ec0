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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Startup checks name the key and the rule. */
class ConfigCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"central-a", "rebound-central-db1.eu_west-8080", "C1"})
  void client_ids_usable_as_presence_topic_levels_pass(String clientId) {
    assertThatCode(() -> ConfigCheck.validate(config(Map.of("rebound.mqtt.client-id", clientId))))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"central/a", "central+", "central#", "central a", "ä"})
  void client_ids_that_would_break_the_presence_topic_are_refused(String clientId) {
    assertThatThrownBy(
            () -> ConfigCheck.validate(config(Map.of("rebound.mqtt.client-id", clientId))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rebound.mqtt.client-id")
        .hasMessageContaining("rule:");
  }

  @Test
  void the_presence_heartbeat_must_be_positive() {
    assertThatThrownBy(
            () -> ConfigCheck.validate(config(Map.of("rebound.central.heartbeat-interval", "0S"))))
        .hasMessageContaining("rebound.central.heartbeat-interval");
  }

  @Test
  void process_keys_are_range_checked_by_name() {
    assertThatThrownBy(
            () -> ConfigCheck.validate(config(Map.of("rebound.process.max-attempts", "0"))))
        .hasMessageContaining("rebound.process.max-attempts")
        .hasMessageContaining("rule:");
    assertThatThrownBy(() -> ConfigCheck.validate(config(Map.of("rebound.process.lease", "0S"))))
        .hasMessageContaining("rebound.process.lease");
    assertThatCode(() -> ConfigCheck.validate(config(Map.of("rebound.process.workers", "4"))))
        .doesNotThrowAnyException();
  }

  @Test
  void reconciliation_keys_are_range_checked_by_name() {
    assertThatThrownBy(
            () -> ConfigCheck.validate(config(Map.of("rebound.reconciliation.page-size", "0"))))
        .hasMessageContaining("rebound.reconciliation.page-size")
        .hasMessageContaining("rule:");
    assertThatThrownBy(
            () ->
                ConfigCheck.validate(
                    config(Map.of("rebound.reconciliation.credit-note-grace", "-1S"))))
        .hasMessageContaining("rebound.reconciliation.credit-note-grace");
    assertThatCode(
            () ->
                ConfigCheck.validate(
                    config(Map.of("rebound.reconciliation.credit-note-grace", "0S"))))
        .doesNotThrowAnyException();
  }

  private static CentralConfig config(Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(CentralConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withSources(new PropertiesConfigSource(all, "test", 500))
            .build();
    return config.getConfigMapping(CentralConfig.class);
  }
}
