package io.rebound.protocols.envelope;

/** Whether a store's agent is connected to the broker, as published on its status topic. */
public enum ConnectionState {
  ONLINE,
  OFFLINE
}
