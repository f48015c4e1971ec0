package io.rebound.protocols.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.testing.ContractExamples;
import io.rebound.testing.ContractExamples.Invalid;
import io.rebound.testing.ContractExamples.Valid;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContractExamplesTest {
  private static final MessageSchemas SCHEMAS = MessageSchemas.instance();

  static List<Valid> validExamples() {
    return ContractExamples.allValid();
  }

  static List<Invalid> invalidExamples() {
    return ContractExamples.allInvalid();
  }

  @ParameterizedTest
  @EnumSource(MessageKind.class)
  void every_message_kind_has_several_valid_and_some_invalid_examples(MessageKind kind) {
    assertThat(ContractExamples.valid(kind)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(ContractExamples.invalid(kind)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validExamples")
  void valid_example_satisfies_its_schema(Valid example) {
    assertThat(SCHEMAS.violations(example.kind(), example.json())).isEmpty();
    assertThatCode(() -> SCHEMAS.validate(example.kind(), example.json()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validExamples")
  void valid_example_round_trips_through_its_record(Valid example) {
    Object decoded = ProtocolJson.decode(example.json(), example.kind().recordType());

    assertThat(decoded).isInstanceOf(example.kind().recordType());
    JsonNode reencoded = ProtocolJson.parseTree(ProtocolJson.toBytes(decoded));
    assertThat(reencoded).isEqualTo(example.json());
    assertThat(ProtocolJson.decode(ProtocolJson.toBytes(decoded), example.kind().recordType()))
        .isEqualTo(decoded);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidExamples")
  void invalid_example_is_rejected_by_the_record_naming_field_and_rule(Invalid example) {
    InvalidMessageException e =
        catchThrowableOfType(
            InvalidMessageException.class,
            () -> ProtocolJson.decode(example.message(), example.kind().recordType()));

    assertThat(e).as(example.description()).isNotNull();
    assertThat(e.field()).as(e.getMessage()).isEqualTo(example.field());
    assertThat(e.rule()).as(e.getMessage()).isEqualTo(example.rule());
    assertThat(e.getMessage()).doesNotContain("io.rebound", "com.fasterxml", "Exception");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidExamples")
  void invalid_example_is_rejected_by_the_schema_at_the_same_field(Invalid example) {
    InvalidMessageException e =
        catchThrowableOfType(
            InvalidMessageException.class,
            () -> SCHEMAS.validate(example.kind(), example.message()));

    if (example.schemaRejects()) {
      assertThat(e).as(example.description()).isNotNull();
      assertThat(e.field()).as(e.getMessage()).isEqualTo(example.field());
    } else {
      // a cross-field rule: only the record can see it; the flag must not hide a schema gap
      assertThat(e).as("schema unexpectedly rejects: flag it schemaRejects=true").isNull();
    }
  }
}
