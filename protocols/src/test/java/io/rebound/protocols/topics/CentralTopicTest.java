package io.rebound.protocols.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.CentralInstanceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CentralTopicTest {
  private static final CentralInstanceId CENTRAL = CentralInstanceId.of("rebound-central-a.1_x");

  @Test
  void builds_the_retained_presence_topic_and_the_filter_agents_subscribe() {
    assertThat(CentralTopic.of(CENTRAL).name())
        .isEqualTo("rebound/v1/central/instances/rebound-central-a.1_x/status");
    assertThat(CentralTopic.filterAllInstances())
        .isEqualTo("rebound/v1/central/instances/+/status");
  }

  @Test
  void parse_inverts_build() {
    CentralTopic topic = CentralTopic.of(CENTRAL);

    assertThat(CentralTopic.parse(topic.name())).isEqualTo(topic);
    assertThat(CentralTopic.matchesRoot(topic.name())).isTrue();
  }

  @Test
  void presence_topics_never_collide_with_store_topics() {
    String name = CentralTopic.of(CENTRAL).name();

    assertThat(name).doesNotStartWith(StoreTopic.ROOT);
    assertThat(CentralTopic.matchesRoot("rebound/v1/stores/store-1/status")).isFalse();
    assertThatThrownBy(() -> StoreTopic.parse(name)).isInstanceOf(InvalidMessageException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "rebound/v1/central/instances/",
        "rebound/v1/central/instances/+/status",
        "rebound/v1/central/instances/#",
        "rebound/v1/central/instances/central-a",
        "rebound/v1/central/instances/central-a/",
        "rebound/v1/central/instances/central-a/status/extra",
        "rebound/v1/central/instances/central-a/STATUS",
        "rebound/v1/central/instances//status",
        "rebound/v1/central/instances/a b/status",
        "rebound/v2/central/instances/central-a/status",
        "rebound/v1/stores/central-a/status",
        "$SYS/broker/uptime"
      })
  void hostile_or_foreign_topics_are_rejected_naming_the_topic(String topic) {
    assertThatThrownBy(() -> CentralTopic.parse(topic))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.field()).startsWith("topic"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+", "#", "a/b", "", "$sys", "a b", "ä"})
  void instance_ids_that_could_break_a_topic_do_not_exist(String id) {
    assertThatThrownBy(() -> CentralInstanceId.of(id))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo("instanceId");
              assertThat(e.rule()).isEqualTo("format");
            });
  }

  @Test
  void a_128_character_instance_id_is_the_longest() {
    String max = "c".repeat(128);

    assertThat(CentralTopic.parse(CentralTopic.ROOT + max + "/status").instanceId().value())
        .isEqualTo(max);
    assertThatThrownBy(() -> CentralInstanceId.of(max + "c"))
        .isInstanceOf(InvalidMessageException.class);
  }
}
