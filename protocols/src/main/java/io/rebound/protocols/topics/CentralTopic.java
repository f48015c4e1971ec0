package io.rebound.protocols.topics;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.CentralInstanceId;

/**
 * The retained presence topic of one central instance: {@code
 * rebound/v1/central/instances/{instanceId}/status}, carrying {@link
 * io.rebound.protocols.envelope.CentralStatus}. Central publishes it; every edge agent subscribes
 * {@link #filterAllInstances()}. Because a {@link CentralInstanceId} admits no {@code /}, {@code
 * +}, {@code #} or {@code $}, {@code parse(of(id).name())} equals {@code of(id)}.
 */
public record CentralTopic(CentralInstanceId instanceId) {
  /** Prefix of every central-instance topic of protocol major 1. */
  public static final String ROOT = "rebound/v1/central/instances/";

  /** The last level of the presence topic. */
  public static final String STATUS_LEVEL = "status";

  public CentralTopic {
    Checks.required(instanceId, "instanceId");
  }

  /** The presence topic of {@code instanceId}. */
  public static CentralTopic of(CentralInstanceId instanceId) {
    return new CentralTopic(instanceId);
  }

  /** The topic name, e.g. {@code rebound/v1/central/instances/central-a/status}. */
  public String name() {
    return ROOT + instanceId.value() + "/" + STATUS_LEVEL;
  }

  /** Whether {@code topic} is under {@link #ROOT} (cheap routing before {@link #parse}). */
  public static boolean matchesRoot(String topic) {
    return topic != null && topic.startsWith(ROOT);
  }

  /** Parses a topic name; rejects anything that is not exactly a central presence topic. */
  public static CentralTopic parse(String topic) {
    Checks.required(topic, "topic");
    if (!topic.startsWith(ROOT)) {
      throw new InvalidMessageException("topic", "rebound-topic", "must start with " + ROOT);
    }
    String rest = topic.substring(ROOT.length());
    int slash = rest.indexOf('/');
    if (slash < 0 || !rest.substring(slash + 1).equals(STATUS_LEVEL)) {
      throw new InvalidMessageException(
          "topic", "rebound-topic", "must be " + ROOT + "{instanceId}/" + STATUS_LEVEL);
    }
    try {
      return new CentralTopic(CentralInstanceId.of(rest.substring(0, slash)));
    } catch (InvalidMessageException e) {
      throw e.under("topic");
    }
  }

  /** Filter matching every instance's presence: {@code rebound/v1/central/instances/+/status}. */
  public static String filterAllInstances() {
    return ROOT + "+/" + STATUS_LEVEL;
  }

  @Override
  public String toString() {
    return name();
  }
}
