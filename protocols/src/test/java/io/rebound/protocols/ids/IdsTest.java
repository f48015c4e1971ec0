package io.rebound.protocols.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
  private static final String V7 = "0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0e";

  @Test
  void minted_ids_are_version_7_and_parse_back_from_their_text() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    ReturnId returnId = ReturnId.mint(clock);
    EventId eventId = EventId.mint(clock);

    assertThat(returnId.value().version()).isEqualTo(7);
    assertThat(ReturnId.parse(returnId.toString())).isEqualTo(returnId);
    assertThat(EventId.parse(eventId.toString())).isEqualTo(eventId);
    assertThat(TimeOrderedUuid.millisOf(returnId.value())).isGreaterThanOrEqualTo(clock.millis());
  }

  @Test
  void canonical_text_parses_in_either_case_and_prints_lower_case() {
    assertThat(ReturnId.parse(V7.toUpperCase())).isEqualTo(ReturnId.parse(V7));
    assertThat(ReturnId.parse(V7.toUpperCase())).hasToString(V7);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0193a6f2-8c1e-4a3b-9d4e-5f6a7b8c9d0e", // version 4
        "0193a6f2-8c1e-1a3b-9d4e-5f6a7b8c9d0e", // version 1
        "0193a6f2-8c1e-7a3b-cd4e-5f6a7b8c9d0e", // Microsoft variant
        "0193a6f2-8c1e-7a3b-1d4e-5f6a7b8c9d0e", // NCS variant
        "00000000-0000-0000-0000-000000000000"
      })
  void only_rfc_9562_version_7_ids_are_accepted(String text) {
    assertRejected(ReturnId::parse, text, "returnId", "uuid-v7");
    assertRejected(EventId::parse, text, "eventId", "uuid-v7");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0193a6f28c1e7a3b9d4e5f6a7b8c9d0e",
        "{0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0e}",
        "urn:uuid:0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0e",
        " 0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0e",
        "0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0",
        "0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0e0",
        "1-1-7-8-1",
        "0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0g",
        ""
      })
  void only_canonical_8_4_4_4_12_text_is_accepted(String text) {
    assertRejected(ReturnId::parse, text, "returnId", "format");
    assertRejected(EventId::parse, text, "eventId", "format");
  }

  @Test
  void ids_cannot_be_built_from_other_uuid_versions() {
    assertThatThrownBy(() -> new ReturnId(UUID.randomUUID()))
        .isInstanceOf(InvalidMessageException.class);
    assertThatThrownBy(() -> new EventId(null)).isInstanceOf(InvalidMessageException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POS-01", "till.3", "TOKYO_POS_2", "a"})
  void terminal_ids_allow_letters_digits_dot_underscore_dash(String id) {
    assertThat(TerminalId.of(id).value()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "POS 01", "POS/01", "POS+", "#"})
  void terminal_ids_reject_everything_else(String id) {
    assertRejected(TerminalId::of, id, "terminalId", "format");
  }

  private static void assertRejected(
      Function<String, ?> parse, String text, String field, String rule) {
    assertThatThrownBy(() -> parse.apply(text))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
