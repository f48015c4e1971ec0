package io.rebound.central.config;

import io.rebound.central.security.Credentials;

/** Startup checks of {@code rebound.ops.*}, naming the key and the rule. */
final class OpsConfigCheck {
  private OpsConfigCheck() {}

  static void validate(OpsConfig ops) {
    if (ops.passwordIterations() < Credentials.MIN_ITERATIONS) {
      throw new IllegalArgumentException(
          "rebound.ops.password-iterations: "
              + ops.passwordIterations()
              + " is too low (rule: at least "
              + Credentials.MIN_ITERATIONS
              + ")");
    }
    if (ops.maxFailedLogins() < 1 || ops.maxFailedLogins() > 100) {
      throw new IllegalArgumentException(
          "rebound.ops.max-failed-logins: "
              + ops.maxFailedLogins()
              + " is out of range (rule: between 1 and 100)");
    }
    positive("rebound.ops.session-ttl", ops.sessionTtl().toMillis());
    positive("rebound.ops.lockout-duration", ops.lockoutDuration().toMillis());
    boolean user = ops.bootstrapUser().filter(u -> !u.isBlank()).isPresent();
    boolean password = ops.bootstrapPassword().filter(p -> !p.isEmpty()).isPresent();
    if (user != password) {
      throw new IllegalArgumentException(
          "rebound.ops.bootstrap-user / rebound.ops.bootstrap-password: set both or neither"
              + " (rule: bootstrap-pair)");
    }
    if (user) {
      Credentials.checkUsername("rebound.ops.bootstrap-user", ops.bootstrapUser().get());
      Credentials.checkPassword("rebound.ops.bootstrap-password", ops.bootstrapPassword().get());
    }
  }

  private static void positive(String key, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(key + ": must be positive (rule: positive duration)");
    }
  }
}
