package io.rebound.central.mqtt;

import io.rebound.central.CentralException;

/** The MQTT broker refused or lost something central needed (connection, subscription). */
public final class BrokerException extends CentralException {
  private static final long serialVersionUID = 1L;

  public BrokerException(String message, Throwable cause) {
    super(message, cause);
  }
}
