package io.rebound.edge.mqtt;

import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAck;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import org.jboss.logging.Logger;

/**
 * SUBACK reason codes are per filter: a broker ACL that denies a subscription answers 0x87
 * NOT_AUTHORIZED (MQTT 5) inside a successful SUBACK. Such a refusal is logged as an error: the
 * agent would otherwise silently never receive its acks or commands.
 */
final class SubAckCheck {
  private static final Logger LOG = Logger.getLogger(SubAckCheck.class);

  private SubAckCheck() {}

  /** Logs (ERROR) and returns true when the broker refused the subscription to {@code filter}. */
  static boolean logRefusals(String filter, Mqtt5SubAck subAck) {
    boolean refused = false;
    for (Mqtt5SubAckReasonCode code : subAck.getReasonCodes()) {
      if (code.isError()) {
        refused = true;
        LOG.errorf(
            "the MQTT broker refused the subscription to %s (SUBACK %s, reason code %d)",
            filter, code, code.getCode());
      }
    }
    return refused;
  }
}
