package io.rebound.central.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One MQTT message as received, before any interpretation. {@code acknowledgement} sends the MQTT
 * PUBACK; it is called only after the message's effect is committed (or it was dead-lettered) and
 * its application-level ack was handed to the MQTT client. {@code userProperties} carries the MQTT
 * 5 user properties (e.g. the store's {@code rebound-signature}).
 */
public record InboundMessage(
    String topic,
    byte[] payload,
    boolean retained,
    Instant receivedAt,
    Runnable acknowledgement,
    Map<String, String> userProperties) {

  public InboundMessage {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(acknowledgement, "acknowledgement");
    userProperties = Map.copyOf(userProperties);
  }

  /** A message without MQTT 5 user properties. */
  public InboundMessage(
      String topic,
      byte[] payload,
      boolean retained,
      Instant receivedAt,
      Runnable acknowledgement) {
    this(topic, payload, retained, receivedAt, acknowledgement, Map.of());
  }

  /** The MQTT 5 user property {@code name} (the first, if repeated). */
  public Optional<String> userProperty(String name) {
    return Optional.ofNullable(userProperties.get(name));
  }

  /** Sends the MQTT acknowledgement; never throws (a stale handle after a reconnect is ignored). */
  public void acknowledge() {
    acknowledgement.run();
  }
}
