package io.rebound.edge.mqtt;

import java.time.Instant;

/**
 * CDI event fired (synchronously, on an MQTT client thread: observers must be cheap) after every
 * {@link ConnectionState} change.
 */
public record ConnectionChanged(ConnectionState from, ConnectionState to, Instant at) {
  public boolean connected() {
    return to == ConnectionState.CONNECTED;
  }
}
