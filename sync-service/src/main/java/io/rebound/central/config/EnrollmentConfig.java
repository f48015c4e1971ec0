package io.rebound.central.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Store enrollment with one-time codes ({@code rebound.enrollment.*}). */
public interface EnrollmentConfig {
  /**
   * How long a code from {@code POST /api/v1/stores/{storeId}/enrollment-codes} can be used (once)
   * by {@code rebound-agentctl enroll}.
   */
  @WithDefault("24H")
  Duration codeTtl();
}
