package io.rebound.central.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One MQTT message as received, before any interpretation. {@code acknowledgement} sends the MQTT
 * PUBACK; it is called only after the message's effect is committed (or it was dead-lettered) and
 * its application-level ack was handed to the MQTT client.
 */
public record InboundMessage(
    String topic, byte[] payload, boolean retained, Instant receivedAt, Runnable acknowledgement) {

  public InboundMessage {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(acknowledgement, "acknowledgement");
  }

  /** Sends the MQTT acknowledgement; never throws (a stale handle after a reconnect is ignored). */
  public void acknowledge() {
    acknowledgement.run();
  }
}
