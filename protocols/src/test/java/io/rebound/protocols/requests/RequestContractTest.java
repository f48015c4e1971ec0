package io.rebound.protocols.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import org.junit.jupiter.api.Test;

class RequestContractTest {
  private static final StoreId STORE = StoreId.of("store42");

  @Test
  void requests_and_responses_are_per_store_topics_central_shares() {
    assertThat(StoreTopic.of(STORE, TopicKind.REQUESTS).name())
        .isEqualTo("rebound/v1/stores/store42/requests");
    assertThat(StoreTopic.of(STORE, TopicKind.RESPONSES).name())
        .isEqualTo("rebound/v1/stores/store42/responses");
    assertThat(StoreTopic.sharedFilterAllStores("rebound-central", TopicKind.REQUESTS))
        .isEqualTo("$share/rebound-central/rebound/v1/stores/+/requests");
  }

  @Test
  void content_type_names_the_kind_and_only_kinds_of_its_direction_are_recognised() {
    String type = RequestContentTypes.of(MessageKind.CREDIT_BLOCK_REQUEST);
    assertThat(type).isEqualTo("application/vnd.rebound.credit-block-request+json");
    assertThat(RequestContentTypes.kindOf(type, RequestContentTypes.REQUESTS))
        .contains(MessageKind.CREDIT_BLOCK_REQUEST);
    assertThat(RequestContentTypes.kindOf(type, RequestContentTypes.RESPONSES)).isEmpty();
    assertThat(RequestContentTypes.kindOf(null, RequestContentTypes.REQUESTS)).isEmpty();
    assertThat(
            RequestContentTypes.kindOf(
                RequestContentTypes.of(MessageKind.RETURN_REQUEST), RequestContentTypes.REQUESTS))
        .isEmpty();
  }
}
