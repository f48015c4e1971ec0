package io.rebound.central.mqtt;

import java.util.Optional;

/**
 * An MQTT 5 request received on {@code rebound/v1/stores/{storeId}/requests}, fired as a CDI event
 * on an MQTT client thread (observers must not block). {@code contentType} names the message kind,
 * {@code responseTopic} and {@code correlationData} are copied into the answer. The publish stays
 * unacknowledged until {@link #acknowledge} (call it once the answer is stored and published: a
 * crash before redelivers the request).
 */
public record InboundRequest(
    String topic,
    byte[] payload,
    Optional<String> contentType,
    Optional<String> responseTopic,
    Optional<byte[]> correlationData,
    Runnable acknowledge) {}
