package io.rebound.central.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Startup checks of {@code rebound.ops.*} name the key and the rule. */
class OpsConfigCheckTest {

  @Test
  void defaults_and_a_complete_bootstrap_pair_pass() {
    assertThatCode(() -> ConfigCheck.validate(config(Map.of()))).doesNotThrowAnyException();
    assertThatCode(
            () ->
                ConfigCheck.validate(
                    config(
                        Map.of(
                            "rebound.ops.bootstrap-user", "admin",
                            "rebound.ops.bootstrap-password", "twelve-chars"))))
        .doesNotThrowAnyException();
  }

  @Test
  void a_bootstrap_user_without_password_is_refused() {
    assertThatThrownBy(
            () -> ConfigCheck.validate(config(Map.of("rebound.ops.bootstrap-user", "admin"))))
        .hasMessageContaining("rebound.ops.bootstrap-password")
        .hasMessageContaining("rule: bootstrap-pair");
  }

  @Test
  void a_short_bootstrap_password_is_refused() {
    assertThatThrownBy(
            () ->
                ConfigCheck.validate(
                    config(
                        Map.of(
                            "rebound.ops.bootstrap-user", "admin",
                            "rebound.ops.bootstrap-password", "short"))))
        .hasMessageContaining("rebound.ops.bootstrap-password")
        .hasMessageContaining("password-length");
  }

  @Test
  void weak_iteration_counts_and_zero_lockouts_are_refused() {
    assertThatThrownBy(
            () -> ConfigCheck.validate(config(Map.of("rebound.ops.password-iterations", "100000"))))
        .hasMessageContaining("rebound.ops.password-iterations")
        .hasMessageContaining("at least 600000");
    assertThatThrownBy(
            () -> ConfigCheck.validate(config(Map.of("rebound.ops.lockout-duration", "0S"))))
        .hasMessageContaining("rebound.ops.lockout-duration");
    assertThatThrownBy(
            () -> ConfigCheck.validate(config(Map.of("rebound.ops.max-failed-logins", "0"))))
        .hasMessageContaining("rebound.ops.max-failed-logins");
  }

  private static CentralConfig config(Map<String, String> values) {
    return new SmallRyeConfigBuilder()
        .withMapping(CentralConfig.class)
        .withConverter(Duration.class, 100, new DurationConverter())
        .withSources(new PropertiesConfigSource(values, "test", 500))
        .build()
        .getConfigMapping(CentralConfig.class);
  }
}
