package io.rebound.central.mqtt;

import io.rebound.central.lifecycle.Transitions;

/** Lifecycle of central's MQTT connection; ingest is possible only in {@link #SUBSCRIBED}. */
public enum MqttState implements Transitions<MqttState> {
  NEW,
  CONNECTING,
  CONNECTED,
  SUBSCRIBED,
  /** Lost the connection; the client reconnects automatically with backoff. */
  DISCONNECTED,
  STOPPED;

  @Override
  public boolean canMoveTo(MqttState next) {
    if (next == STOPPED) {
      return this != STOPPED;
    }
    return switch (this) {
      case NEW -> next == CONNECTING;
      case CONNECTING, DISCONNECTED -> next == CONNECTED || next == DISCONNECTED;
      case CONNECTED -> next == SUBSCRIBED || next == DISCONNECTED;
      case SUBSCRIBED -> next == DISCONNECTED;
      case STOPPED -> false;
    };
  }
}
