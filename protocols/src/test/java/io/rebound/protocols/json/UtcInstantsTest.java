package io.rebound.protocols.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UtcInstantsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-20T10:15:00Z",
        "2026-11-20T10:15:00.1Z",
        "2026-11-20T10:15:00.123Z",
        "2026-11-20T10:15:00.000Z",
        "2026-11-20T10:15:00.123456789Z",
        "2024-02-29T23:59:59.999Z",
        "1970-01-01T00:00:00Z",
        "1000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z",
        "0999-12-31T23:59:59Z",
        "0000-01-01T00:00:00Z",
        "2026-12-31T23:59:60Z",
        "2026-12-31T24:00:00Z"
      })
  void parsing_gives_what_the_jdk_gives(String text) {
    assertThat(UtcInstants.wellFormed(text)).isTrue();
    assertThat(UtcInstants.parse(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-29T10:15:00Z",
        "2026-04-31T10:15:00Z",
        "2026-13-01T10:15:00Z",
        "2026-00-10T10:15:00Z",
        "2026-11-00T10:15:00Z",
        "2026-11-20T25:15:00Z",
        "2026-11-20T10:60:00Z",
        "2026-11-20T10:15:61Z"
      })
  void impossible_dates_and_times_are_refused_like_the_jdk_refuses_them(String text) {
    assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> UtcInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> ProtocolModule.instant(text))
        .isInstanceOf(InvalidMessageException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-20T10:15:00",
        "2026-11-20T10:15:00+01:00",
        "2026-11-20T10:15:00.Z",
        "2026-11-20T10:15:00.1234567890Z",
        "2026-11-20 10:15:00Z",
        "2026-11-20t10:15:00Z",
        "2026-11-20T10:15:00z",
        "26-11-20T10:15:00Z",
        "2026-1-20T10:15:00Z",
        "2026-11-20T10:15:0xZ",
        "2026-11-20T10:15:00.12aZ",
        "２026-11-20T10:15:00Z",
        ""
      })
  void only_the_schema_format_is_well_formed(String text) {
    assertThat(UtcInstants.wellFormed(text)).isFalse();
    assertThatThrownBy(() -> ProtocolModule.instant(text))
        .isInstanceOf(InvalidMessageException.class)
        .hasMessageContaining("date-time");
  }

  @Test
  void formatting_gives_what_the_jdk_gives_and_reads_back() {
    SplittableRandom random = new SplittableRandom(20261126);
    long min = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      int nanos =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant instant = Instant.ofEpochSecond(random.nextLong(min, max), nanos);
      String text = UtcInstants.format(instant);
      assertThat(text).isEqualTo(instant.toString());
      if (UtcInstants.wellFormed(text)) {
        assertThat(UtcInstants.parse(text)).isEqualTo(instant);
      }
    }
  }

  @Test
  void the_epoch_and_the_edges_of_the_fast_range_format_like_the_jdk() {
    for (String text :
        new String[] {
          "1970-01-01T00:00:00Z",
          "1000-01-01T00:00:00Z",
          "0999-12-31T23:59:59.999999999Z",
          "9999-12-31T23:59:59.999999999Z",
          "+10000-01-01T00:00:00Z",
          "-0001-06-15T12:00:00.5Z"
        }) {
      Instant instant = Instant.parse(text);
      assertThat(UtcInstants.format(instant)).isEqualTo(instant.toString());
    }
  }
}
