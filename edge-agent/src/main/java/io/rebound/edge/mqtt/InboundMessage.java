package io.rebound.edge.mqtt;

import io.rebound.protocols.topics.StoreTopic;

/**
 * CDI event fired (synchronously, on an MQTT client thread: observers must be cheap) for every
 * message received on one of this store's subscribed topics.
 */
public record InboundMessage(StoreTopic topic, byte[] payload) {}
