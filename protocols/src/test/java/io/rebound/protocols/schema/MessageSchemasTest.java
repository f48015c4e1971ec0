package io.rebound.protocols.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.testing.ContractExamples;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageSchemasTest {
  private static final MessageSchemas SCHEMAS = MessageSchemas.instance();
  private static final JsonNode ENVELOPE =
      ContractExamples.valid(MessageKind.EVENT_ENVELOPE).get(0).json();

  @ParameterizedTest
  @EnumSource(MessageKind.class)
  void every_kind_has_a_draft_2020_12_schema_whose_id_is_its_classpath_name(MessageKind kind) {
    JsonNode schema = SchemaTree.root(kind).json();

    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo(kind.schemaId());
    assertThat(kind.schemaId())
        .isEqualTo(MessageSchemas.ID_PREFIX + kind.schemaName() + ".schema.json");
    assertThat(getClass().getResource(kind.schemaResource())).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(MessageKind.class)
  void messages_stay_open_for_fields_added_by_minor_versions(MessageKind kind) {
    assertThat(SchemaTree.root(kind).json().has("additionalProperties")).isFalse();
    assertThat(SchemaTree.load("common.schema.json").toString())
        .doesNotContain("additionalProperties")
        .doesNotContain("unevaluatedProperties");
  }

  @Test
  void refs_into_common_schema_are_resolved_from_the_jar_through_the_id_mapping() {
    ObjectNode request =
        ContractExamples.valid(MessageKind.RETURN_REQUEST).get(0).json().deepCopy();
    ((ObjectNode) request.get("lines").get(0)).put("reason", "BORED");

    // the enum lives only in common.schema.json#/$defs/reasonCode: finding it proves the
    // relative $ref was followed to https://rebound.io/schemas/v1/common.schema.json (no such
    // document is served there: the mapping to classpath:schemas/ is what resolves it)
    assertThatThrownBy(() -> SCHEMAS.validate(MessageKind.RETURN_REQUEST, request))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo("lines[0].reason");
              assertThat(e.rule()).isEqualTo("schema");
            });
  }

  @Test
  void date_time_format_is_asserted_not_just_annotated() {
    ObjectNode status = ContractExamples.valid(MessageKind.STORE_STATUS).get(0).json().deepCopy();
    status.put("since", "2026-02-30T25:61:00Z");

    assertThat(SCHEMAS.violations(MessageKind.STORE_STATUS, status))
        .anySatisfy(v -> assertThat(v).startsWith("since: "));
  }

  @Test
  void a_missing_property_is_reported_at_its_own_path() {
    ObjectNode envelope = ENVELOPE.deepCopy();
    ((ObjectNode) envelope.get("payload").get("request").get("lines").get(0)).remove("sku");

    assertThatThrownBy(() -> SCHEMAS.validateEvent(envelope))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo("payload.request.lines[0].sku");
              assertThat(e.rule()).isEqualTo("schema");
              assertThat(e.getMessage()).doesNotContain("$.");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "0.9", "10.1"})
  void another_schema_major_is_rejected_with_a_reason_naming_both_versions(String version) {
    ObjectNode envelope = ENVELOPE.deepCopy();
    envelope.put("schemaVersion", version);

    assertThatThrownBy(() -> SCHEMAS.validateEvent(envelope))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo("schemaVersion");
              assertThat(e.rule()).isEqualTo("supported-major");
              assertThat(e.getMessage()).contains(version, "1.0");
            });
  }

  @Test
  void a_newer_minor_with_extra_fields_is_valid() {
    ObjectNode envelope = ENVELOPE.deepCopy();
    envelope.put("schemaVersion", "1.42");
    envelope.put("producedBy", "edge-agent 9.9");
    ((ObjectNode) envelope.get("payload")).put("loyaltyPoints", 120);

    assertThatCode(() -> SCHEMAS.validateEvent(envelope)).doesNotThrowAnyException();
  }

  @Test
  void validate_of_an_envelope_checks_its_payload_too() {
    ObjectNode envelope = ENVELOPE.deepCopy();
    ((ObjectNode) envelope.get("payload")).put("mode", "SLEEPING");

    assertThat(SCHEMAS.violations(MessageKind.EVENT_ENVELOPE, envelope)).isEmpty();
    assertThatThrownBy(() -> SCHEMAS.validate(MessageKind.EVENT_ENVELOPE, envelope))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("payload.mode"));
  }

  @Test
  void documents_that_are_not_objects_are_rejected() {
    assertThatThrownBy(() -> SCHEMAS.validateEvent(null))
        .isInstanceOf(InvalidMessageException.class);
    assertThatThrownBy(() -> SCHEMAS.validateEvent(JsonNodeFactory.instance.arrayNode()))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.rule()).isEqualTo("schema"));
    assertThatThrownBy(
            () -> SCHEMAS.validate(MessageKind.ACK_BATCH, JsonNodeFactory.instance.textNode("x")))
        .isInstanceOf(InvalidMessageException.class);
  }

  @Test
  void violation_list_reports_every_problem_most_specific_first() {
    ObjectNode request =
        ContractExamples.valid(MessageKind.RETURN_REQUEST).get(0).json().deepCopy();
    edit(request, r -> r.remove("terminalId"));
    edit((ObjectNode) request.get("lines").get(0), l -> l.put("quantity", 0));

    assertThat(SCHEMAS.violationList(MessageKind.RETURN_REQUEST, request))
        .extracting(InvalidMessageException::field)
        .containsExactly("lines[0].quantity", "terminalId");
  }

  private static void edit(ObjectNode node, Consumer<ObjectNode> change) {
    change.accept(node);
  }
}
