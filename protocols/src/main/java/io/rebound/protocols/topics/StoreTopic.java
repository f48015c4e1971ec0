package io.rebound.protocols.topics;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import java.util.regex.Pattern;

/**
 * One concrete per-store topic: {@code rebound/v1/stores/{storeId}/{kind}}. Build with {@link #of},
 * parse an incoming topic name with {@link #parse}. Because a {@link StoreId} admits only
 * lower-case letters, digits and inner dashes, a built name never contains MQTT wildcards ({@code
 * +}, {@code #}), extra levels or {@code $}-prefixes, and {@code parse(of(s, k).name())} equals
 * {@code of(s, k)}.
 */
public record StoreTopic(StoreId storeId, TopicKind kind) {
  /** Topic prefix shared by every Rebound topic of protocol major 1. */
  public static final String ROOT = "rebound/v1/stores/";

  private static final Pattern SHARE_GROUP = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public StoreTopic {
    Checks.required(storeId, "storeId");
    Checks.required(kind, "kind");
  }

  /** The topic of {@code kind} for {@code storeId}. */
  public static StoreTopic of(StoreId storeId, TopicKind kind) {
    return new StoreTopic(storeId, kind);
  }

  /** The topic name, e.g. {@code rebound/v1/stores/store42/events}. */
  public String name() {
    return ROOT + storeId.value() + "/" + kind.level();
  }

  /** Parses a topic name; rejects anything that is not exactly a Rebound per-store topic. */
  public static StoreTopic parse(String topic) {
    Checks.required(topic, "topic");
    if (!topic.startsWith(ROOT)) {
      throw new InvalidMessageException("topic", "rebound-topic", "must start with " + ROOT);
    }
    String rest = topic.substring(ROOT.length());
    int slash = rest.indexOf('/');
    if (slash < 0 || rest.indexOf('/', slash + 1) >= 0) {
      throw new InvalidMessageException(
          "topic", "rebound-topic", "must be " + ROOT + "{storeId}/{kind}");
    }
    StoreId store;
    try {
      store = StoreId.of(rest.substring(0, slash));
    } catch (InvalidMessageException e) {
      throw e.under("topic");
    }
    String level = rest.substring(slash + 1);
    for (TopicKind kind : TopicKind.values()) {
      if (kind.level().equals(level)) {
        return new StoreTopic(store, kind);
      }
    }
    throw new InvalidMessageException("topic", "rebound-topic", "unknown kind '" + level + "'");
  }

  /** Filter matching one kind across all stores, e.g. {@code rebound/v1/stores/+/events}. */
  public static String filterAllStores(TopicKind kind) {
    return ROOT + "+/" + kind.level();
  }

  /** MQTT 5 shared-subscription filter, e.g. {@code $share/central/rebound/v1/stores/+/events}. */
  public static String sharedFilterAllStores(String group, TopicKind kind) {
    Checks.matches(group, "group", SHARE_GROUP, "1-64 letters, digits, '_' or '-'");
    return "$share/" + group + "/" + filterAllStores(kind);
  }

  @Override
  public String toString() {
    return name();
  }
}
