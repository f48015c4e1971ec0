package io.rebound.edge.mqtt;

import com.hivemq.client.mqtt.exceptions.ConnectionClosedException;
import com.hivemq.client.mqtt.exceptions.MqttClientStateException;
import com.hivemq.client.mqtt.exceptions.MqttSessionExpiredException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import java.util.concurrent.CompletionException;

/**
 * Why a QoS 1 publish did not get a successful PUBACK. {@link Kind#REJECTED} is a hard failure (the
 * broker answered with a reason code &ge; 0x80, e.g. 135 NOT_AUTHORIZED): retrying at once will not
 * help, so callers back off. {@link Kind#CONNECTION_LOST} is resolved by the reconnect, which
 * resends anyway.
 *
 * @param reason metric tag: the PUBACK reason code name, or the failure's short name
 */
public record PublishFailure(Kind kind, String reason, String detail) {

  /** Failure classes. */
  public enum Kind {
    REJECTED,
    CONNECTION_LOST
  }

  public boolean hard() {
    return kind == Kind.REJECTED;
  }

  /** Classifies the exception a publish future completed with. */
  public static PublishFailure of(Throwable error) {
    Throwable t =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (t instanceof Mqtt5PubAckException pubAck) {
      var code = pubAck.getMqttMessage().getReasonCode();
      return new PublishFailure(
          Kind.REJECTED, code.name(), "PUBACK reason code " + code.getCode() + " " + code.name());
    }
    if (t instanceof ConnectionClosedException) {
      return new PublishFailure(Kind.CONNECTION_LOST, "CONNECTION_CLOSED", t.getMessage());
    }
    if (t instanceof MqttSessionExpiredException) {
      return new PublishFailure(Kind.CONNECTION_LOST, "SESSION_EXPIRED", t.getMessage());
    }
    if (t instanceof MqttClientStateException) {
      return new PublishFailure(Kind.CONNECTION_LOST, "NOT_CONNECTED", t.getMessage());
    }
    return new PublishFailure(
        Kind.REJECTED, t.getClass().getSimpleName(), String.valueOf(t.getMessage()));
  }
}
