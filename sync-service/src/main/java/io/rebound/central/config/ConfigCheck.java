package io.rebound.central.config;

import java.util.regex.Pattern;

/** Range checks of {@link CentralConfig} at startup, naming the key and the rule. */
public final class ConfigCheck {
  private ConfigCheck() {}

  public static void validate(CentralConfig config) {
    range("rebound.ingest.batch-size", config.ingest().batchSize(), 1, 10_000);
    range("rebound.ingest.queue-capacity", config.ingest().queueCapacity(), 1, 1_000_000);
    range("rebound.mqtt.port", config.mqtt().port(), 1, 65_535);
    range("rebound.mqtt.max-message-bytes", config.mqtt().maxMessageBytes(), 1024, 268_435_455);
    range("rebound.db.pool-size", config.db().poolSize(), 1, 200);
    positive("rebound.mqtt.session-expiry", config.mqtt().sessionExpiry().toSeconds());
    positive("rebound.stores.offline-after", config.stores().offlineAfter().toMillis());
    positive("rebound.stores.gap-warning-after", config.stores().gapWarningAfter().toMillis());
    positive("rebound.ingest.max-retry-backoff", config.ingest().maxRetryBackoff().toMillis());
    positive("rebound.central.heartbeat-interval", config.central().heartbeatInterval().toMillis());
    PaymentConfigCheck.validate(config.payment());
    OpsConfigCheck.validate(config.ops());
    positive(
        "rebound.erp.tryton.request-timeout", config.erp().tryton().requestTimeout().toMillis());
    ProcessConfig process = config.process();
    range("rebound.process.batch-size", process.batchSize(), 1, 500);
    range("rebound.process.workers", process.workers(), 1, 16);
    range("rebound.process.max-attempts", process.maxAttempts(), 1, 1_000);
    positive("rebound.process.poll-interval", process.pollInterval().toMillis());
    positive("rebound.process.backoff-initial", process.backoffInitial().toMillis());
    positive("rebound.process.backoff-max", process.backoffMax().toMillis());
    positive("rebound.process.lease", process.lease().toMillis());
    positive("rebound.security.key-cache-ttl", config.security().keyCacheTtl().toMillis());
    ProcessTimeoutCheck.validate(config);
    positive("rebound.fleet.recheck-interval", config.fleet().recheckInterval().toMillis());
    positive("rebound.fleet.heartbeat-interval", config.fleet().heartbeatInterval().toMillis());
    positive("rebound.fleet.sample-interval", config.fleet().sampleInterval().toMillis());
    positive("rebound.fleet.sample-retention", config.fleet().sampleRetention().toMillis());
    ReconciliationConfigCheck.validate(config.reconciliation());
    config
        .mqtt()
        .clientId()
        .filter(id -> !id.isBlank() && !CLIENT_ID.matcher(id).matches())
        .ifPresent(
            id -> {
              throw new IllegalArgumentException(
                  "rebound.mqtt.client-id: '"
                      + id
                      + "' is not usable as this instance's id in its presence topic (rule: 1-128"
                      + " letters, digits, '.', '_' or '-')");
            });
  }

  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private static void range(String key, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          key + ": " + value + " is out of range (rule: between " + min + " and " + max + ")");
    }
  }

  private static void positive(String key, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(key + ": must be positive (rule: positive duration)");
    }
  }
}
