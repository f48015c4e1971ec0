package io.rebound.protocols.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.json.ProtocolJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "card 5555555555554444 here",
        "378282246310005",
        "6011111111111117",
        "4222222222222",
        "ref:4111111111111111;",
        "ch_4111111111111111",
        "\"4000056655665556\"",
        "4111111111111111-"
      })
  void luhn_valid_13_to_19_digit_runs_look_like_pans(String text) {
    assertThat(CardNumbers.looksLikePan(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111112",
        "411111111111",
        "41111111111111111111111",
        "ch_3MmlLrLkdIwHu7ix0snN0B15",
        "0192f7a4-1111-7111-8111-111111111111",
        "aa411111111111111",
        "4111111111111111ab",
        "4111  1111 1111 1111",
        "2026-11-20T10:15:00Z",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        "49.99",
        ""
      })
  void other_text_does_not_look_like_a_pan(String text) {
    assertThat(CardNumbers.looksLikePan(text)).isFalse();
  }

  @Test
  void null_is_not_a_pan() {
    assertThat(CardNumbers.looksLikePan(null)).isFalse();
  }

  @Test
  void redact_masks_every_pan_and_keeps_the_rest() {
    String redacted =
        CardNumbers.redact("a 4111 1111 1111 1111 b 5555555555554444 c 4111111111111112");
    assertThat(redacted)
        .isEqualTo("a [card number removed] b [card number removed] c 4111111111111112");
    assertThat(CardNumbers.looksLikePan(redacted)).isFalse();
    assertThat(CardNumbers.redact("nothing here")).isEqualTo("nothing here");
  }

  @Test
  void a_pan_in_a_json_string_is_rejected_naming_its_path_without_echoing_it() {
    var tree =
        ProtocolJson.parseTree(
            "{\"originalSale\":{\"tenders\":[{\"paymentReference\":\"4111111111111111\"}]}}"
                .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> CardNumbers.requireNoneIn(tree))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo("originalSale.tenders[0].paymentReference");
              assertThat(e.rule()).isEqualTo(CardNumbers.RULE);
              assertThat(e.getMessage()).doesNotContain("4111");
            });
  }

  @Test
  void a_pan_as_a_json_number_or_key_is_found() {
    var number = ProtocolJson.parseTree("{\"a\":[1,4111111111111111]}".getBytes());
    assertThat(CardNumbers.firstIn(number, "")).contains("a[1]");
    var key = ProtocolJson.parseTree("{\"x\":{\"4111111111111111\":1}}".getBytes());
    assertThat(CardNumbers.firstIn(key, "")).contains("x");
    var clean = ProtocolJson.parseTree("{\"a\":\"ch_123\",\"n\":12}".getBytes());
    assertThat(CardNumbers.firstIn(clean, "")).isEmpty();
  }

  @Test
  void a_uuid_whose_last_groups_form_a_luhn_valid_run_is_not_a_card_number() {
    // "9196-094102540430" alone is 16 Luhn-valid digits; inside a UUID it is an id, not a PAN
    assertThat(CardNumbers.looksLikePan("01a2174d-1fff-743b-9196-094102540430")).isFalse();
    assertThat(CardNumbers.looksLikePan("9196-094102540430")).isTrue();
    assertThat(
            CardNumbers.looksLikePan(
                "id 01a2174d-1fff-743b-9196-094102540430 and 4111111111111111"))
        .isTrue();
  }

  @Test
  void minted_event_ids_are_never_card_numbers() {
    Clock clock = Clock.systemUTC();
    for (int i = 0; i < 100_000; i++) {
      String id = EventId.mint(clock).toString();
      assertThat(CardNumbers.looksLikePan(id)).as(id).isFalse();
    }
  }

  @Test
  void a_traceparent_whose_parent_id_is_all_digits_is_not_a_card_number() {
    // the parent id "4111111111111111" alone would be a PAN; inside a traceparent it is a span id
    assertThat(CardNumbers.looksLikePan("00-0af7651916cd43dd8448eb211c80319c-4111111111111111-01"))
        .isFalse();
  }
}
