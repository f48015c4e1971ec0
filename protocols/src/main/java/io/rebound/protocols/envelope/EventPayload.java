package io.rebound.protocols.envelope;

import io.rebound.protocols.ids.StoreId;

/**
 * The payload of an {@link EventEnvelope}. Each implementation is registered with exactly one
 * {@link EventType}; the store id it carries must equal the envelope's and the topic's.
 */
public interface EventPayload {
  /** The store the payload says it belongs to (checked against envelope and topic by central). */
  StoreId payloadStoreId();
}
