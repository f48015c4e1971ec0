package io.rebound.protocols.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoreTopicTest {
  private static final StoreId STORE = StoreId.of("store-42");

  @Test
  void builds_the_topics_of_the_product_contract() {
    assertThat(StoreTopic.of(STORE, TopicKind.EVENTS).name())
        .isEqualTo("rebound/v1/stores/store-42/events");
    assertThat(StoreTopic.of(STORE, TopicKind.ACKS).name())
        .isEqualTo("rebound/v1/stores/store-42/acks");
    assertThat(StoreTopic.of(STORE, TopicKind.COMMANDS).name())
        .isEqualTo("rebound/v1/stores/store-42/commands");
    assertThat(StoreTopic.of(STORE, TopicKind.STATUS).name())
        .isEqualTo("rebound/v1/stores/store-42/status");
    assertThat(StoreTopic.filterAllStores(TopicKind.EVENTS))
        .isEqualTo("rebound/v1/stores/+/events");
    assertThat(StoreTopic.sharedFilterAllStores("central", TopicKind.EVENTS))
        .isEqualTo("$share/central/rebound/v1/stores/+/events");
  }

  @ParameterizedTest
  @EnumSource(TopicKind.class)
  void parse_inverts_build(TopicKind kind) {
    StoreTopic topic = StoreTopic.of(STORE, kind);

    assertThat(StoreTopic.parse(topic.name())).isEqualTo(topic);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/",
        "rebound/v1/stores/",
        "rebound/v1/stores/+/events",
        "rebound/v1/stores/#",
        "rebound/v1/stores/store-42/#",
        "rebound/v1/stores/store-42/+",
        "rebound/v1/stores//events",
        "rebound/v1/stores/store-42/events/",
        "rebound/v1/stores/store-42/events/extra",
        "rebound/v1/stores/store-42",
        "rebound/v1/stores/store-42/",
        "rebound/v1/stores/Store-42/events",
        "rebound/v1/stores/store 42/events",
        "rebound/v1/stores/-store/events",
        "rebound/v2/stores/store-42/events",
        "/rebound/v1/stores/store-42/events",
        "$share/central/rebound/v1/stores/store-42/events",
        "$SYS/broker/uptime",
        "rebound/v1/stores/store-42/EVENTS",
        "rebound/v1/stores/store\u0000/events",
        "rebound/v1/stores/ströe/events"
      })
  void hostile_or_foreign_topics_are_rejected_as_invalid_messages(String topic) {
    assertThatThrownBy(() -> StoreTopic.parse(topic))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.field()).startsWith("topic"));
  }

  @Test
  void a_missing_topic_is_required() {
    assertThatThrownBy(() -> StoreTopic.parse(null)).isInstanceOf(InvalidMessageException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b", "+", "#", "a b", "g$"})
  void share_group_names_cannot_smuggle_topic_levels_or_wildcards(String group) {
    assertThatThrownBy(() -> StoreTopic.sharedFilterAllStores(group, TopicKind.EVENTS))
        .isInstanceOf(InvalidMessageException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+", "#", "a/b", "", "A", "-a", "a-", "a_b", "$sys"})
  void store_ids_that_could_break_a_topic_do_not_exist(String id) {
    assertThatThrownBy(() -> StoreId.of(id))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("storeId"));
  }

  @Test
  void a_64_character_store_id_is_the_longest() {
    String max = "a".repeat(64);

    assertThat(StoreTopic.parse(StoreTopic.ROOT + max + "/acks").storeId().value()).isEqualTo(max);
    assertThatThrownBy(() -> StoreId.of(max + "a")).isInstanceOf(InvalidMessageException.class);
  }
}
