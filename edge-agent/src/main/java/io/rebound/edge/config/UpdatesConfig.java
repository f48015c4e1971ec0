package io.rebound.edge.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Central's outcome updates (refund settled / declined, ERP postings), pulled over MQTT 5
 * request/response ({@code rebound.updates.*}).
 */
public interface UpdatesConfig {
  /**
   * How often the agent asks central for new updates while connected (it also asks on every connect
   * and at once after a full page).
   */
  @WithDefault("30s")
  Duration pollInterval();

  /** Most updates asked for in one request (1–500). */
  @WithDefault("200")
  int pageSize();

  /** How long one request waits for central's answer; no answer → asked again next poll. */
  @WithDefault("5s")
  Duration answerTimeout();
}
