package io.rebound.protocols.topics;

/** The per-store topics of PRODUCT.md and who publishes on each. */
public enum TopicKind {
  /** Edge → central: {@link io.rebound.protocols.envelope.EventEnvelope}s, QoS 1. */
  EVENTS("events"),
  /** Central → edge: {@link io.rebound.protocols.envelope.AckBatch}es, QoS 1. */
  ACKS("acks"),
  /** Central → edge: commands (policy, gateway health, status updates), QoS 1. */
  COMMANDS("commands"),
  /**
   * Edge, retained, with an OFFLINE last will: {@link io.rebound.protocols.envelope.StoreStatus}.
   */
  STATUS("status"),
  /**
   * Edge → central, QoS 1: MQTT 5 requests ({@link
   * io.rebound.protocols.requests.RefundAuthorizationRequest}, {@link
   * io.rebound.protocols.requests.CreditBlockRequest}) with response topic {@link #RESPONSES},
   * correlation data and the content type of {@link
   * io.rebound.protocols.requests.RequestContentTypes}. Central reads them through a shared
   * subscription.
   */
  REQUESTS("requests"),
  /** Central → edge, QoS 1: answers to {@link #REQUESTS}, with the request's correlation data. */
  RESPONSES("responses");

  private final String level;

  TopicKind(String level) {
    this.level = level;
  }

  /** The last topic level, e.g. {@code events}. */
  public String level() {
    return level;
  }
}
