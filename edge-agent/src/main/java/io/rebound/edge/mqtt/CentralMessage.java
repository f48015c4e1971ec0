package io.rebound.edge.mqtt;

import io.rebound.protocols.topics.CentralTopic;

/**
 * CDI event fired (synchronously, on an MQTT client thread: observers must be cheap) for every
 * message received on a central instance's presence topic. {@code retained} is true when the broker
 * delivered its stored copy (on subscribe) rather than a message published just now. The receiver
 * stamps the arrival time with its own clock.
 */
public record CentralMessage(CentralTopic topic, byte[] payload, boolean retained) {}
