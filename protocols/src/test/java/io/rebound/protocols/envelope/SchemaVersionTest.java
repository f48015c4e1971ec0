package io.rebound.protocols.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaVersionTest {

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.7", "1.9999"})
  void any_minor_of_the_current_major_is_supported(String text) {
    assertThat(SchemaVersion.parse(text).requireSupported()).hasToString(text);
  }

  @Test
  void another_major_is_rejected_naming_both_versions() {
    assertThatThrownBy(() -> SchemaVersion.parse("2.0").requireSupported())
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo("schemaVersion");
              assertThat(e.rule()).isEqualTo("supported-major");
              assertThat(e.getMessage()).contains("2.0", "1.0");
            });
    assertThatThrownBy(() -> SchemaVersion.parse("0.9").requireSupported())
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.rule()).isEqualTo("supported-major"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.", ".1", "v1.0", "01.0", "1.01", "1.0.0", "1.-1", "99999.0", ""})
  void malformed_versions_are_rejected_as_format(String text) {
    assertThatThrownBy(() -> SchemaVersion.parse(text))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.rule()).isEqualTo("format"));
  }
}
