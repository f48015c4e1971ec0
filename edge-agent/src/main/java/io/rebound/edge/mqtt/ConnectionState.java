package io.rebound.edge.mqtt;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of the agent's MQTT connection to the broker. Transitions outside {@link #allowedNext}
 * are programming errors and are rejected by {@link ConnectionStateMachine}.
 */
public enum ConnectionState {
  /** Not connected and not trying: before start. */
  DISCONNECTED,
  /** A connect attempt is in progress or scheduled (automatic reconnect with backoff + jitter). */
  CONNECTING,
  /** Connected: CONNACK received, subscriptions (re)requested. */
  CONNECTED,
  /**
   * The broker refused the agent's credentials (CONNACK 0x86 bad user name or password, 0x87 not
   * authorized); logged as an error, and the agent keeps retrying with backoff.
   */
  REFUSED,
  /** Shut down for good; terminal. */
  CLOSED;

  /** States this one may move to. */
  public Set<ConnectionState> allowedNext() {
    return switch (this) {
      case DISCONNECTED -> EnumSet.of(CONNECTING, CLOSED);
      case CONNECTING -> EnumSet.of(CONNECTED, DISCONNECTED, REFUSED, CLOSED);
      case REFUSED -> EnumSet.of(CONNECTING, CONNECTED, DISCONNECTED, CLOSED);
      case CONNECTED -> EnumSet.of(CONNECTING, DISCONNECTED, CLOSED);
      case CLOSED -> EnumSet.noneOf(ConnectionState.class);
    };
  }

  public boolean canMoveTo(ConnectionState next) {
    return allowedNext().contains(next);
  }
}
