package io.rebound.edge.mqtt;

import java.util.Optional;

/**
 * CDI event fired (synchronously, on an MQTT client thread: observers must be cheap and never
 * block) for every MQTT 5 response on this store's {@code …/responses} topic. {@code
 * correlationData} and {@code contentType} are the publish's properties (copied by central from the
 * request).
 */
public record ResponseMessage(
    Optional<byte[]> correlationData, Optional<String> contentType, byte[] payload) {}
