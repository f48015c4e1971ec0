package io.rebound.edge.outbox;

import io.rebound.edge.mqtt.PublishFailure;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Collects PUBACK outcomes for the relay thread (they arrive on MQTT client threads). A PUBACK
 * never delivers a row; only failures matter: every one is counted, a hard one (reason code &ge;
 * 0x80) is logged once per burst and, if it belongs to the current send generation, makes the relay
 * back off. Connection losses are left to the reconnect, which resends anyway.
 */
final class PublishFeedback {
  private static final Logger LOG = Logger.getLogger(PublishFeedback.class);

  private final RelayMetrics metrics;
  private final Runnable wake;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicReference<PublishFailure> hardFailure = new AtomicReference<>();
  private final AtomicBoolean inFailureBurst = new AtomicBoolean();
  private final AtomicBoolean succeeded = new AtomicBoolean();

  PublishFeedback(RelayMetrics metrics, Runnable wake) {
    this.metrics = metrics;
    this.wake = wake;
  }

  /** The send generation; a rewind starts a new one so late failures of older sends are moot. */
  long generation() {
    return generation.get();
  }

  void newGeneration() {
    generation.incrementAndGet();
    hardFailure.set(null);
  }

  /** The hard failure to back off for, if any (cleared). */
  PublishFailure takeHardFailure() {
    return hardFailure.getAndSet(null);
  }

  /** Whether a publish succeeded since the last call (cleared). */
  boolean takeSuccess() {
    return succeeded.getAndSet(false);
  }

  void completed(OutboxRow row, long sentIn, Throwable error) {
    if (error == null) {
      succeeded.set(true);
      if (inFailureBurst.compareAndSet(true, false)) {
        LOG.info("publishing to the broker succeeds again");
      }
      return;
    }
    PublishFailure failure = PublishFailure.of(error);
    metrics.publishFailed(failure.reason());
    if (!failure.hard()) {
      LOG.debugf("publish of event %d lost with the connection: %s", row.sequence(), failure);
      return;
    }
    if (inFailureBurst.compareAndSet(false, true)) {
      LOG.errorf(
          "broker rejected event %s (sequence %d): %s; it stays pending and is retried with"
              + " backoff (further rejections are counted in rebound_mqtt_publish_failures_total)",
          row.eventId(), row.sequence(), failure.detail());
    }
    if (sentIn == generation.get() && hardFailure.compareAndSet(null, failure)) {
      wake.run();
    }
  }
}
