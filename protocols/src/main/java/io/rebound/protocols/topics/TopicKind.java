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
  STATUS("status");

  private final String level;

  TopicKind(String level) {
    this.level = level;
  }

  /** The last topic level, e.g. {@code events}. */
  public String level() {
    return level;
  }
}
