package io.rebound.edge.returns.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdempotencyKeyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"''|required", "'   '|not-blank", "'caf\u00e9'|printable", "'a\tb'|printable"})
  void invalid_keys_are_rejected_naming_the_header_and_rule(String value, String rule) {
    assertThatThrownBy(() -> new IdempotencyKey(value))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo("Idempotency-Key");
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  @Test
  void keys_up_to_255_printable_characters_are_accepted() {
    assertThat(new IdempotencyKey("x".repeat(255)).value()).hasSize(255);
    assertThat(new IdempotencyKey("POS-01:2026-11-26:0001 ~!").value()).isNotEmpty();
    assertThatThrownBy(() -> new IdempotencyKey("x".repeat(256)))
        .hasMessageContaining("max-length");
    assertThatThrownBy(() -> new IdempotencyKey(null)).hasMessageContaining("required");
  }
}
