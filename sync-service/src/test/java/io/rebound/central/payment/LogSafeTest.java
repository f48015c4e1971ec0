package io.rebound.central.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Gateway text never carries something that could be a card number into logs. */
class LogSafeTest {

  @Test
  void card_like_digit_runs_are_redacted_with_or_without_separators() {
    // a digit run of card length, built here so no card-shaped literal sits in the sources
    String group = "9".repeat(4);
    assertThat(LogSafe.text("card " + String.join(" ", group, group, group, group) + " declined"))
        .isEqualTo("card [redacted] declined");
    assertThat(LogSafe.text("pan=" + String.join("-", group, group, group, group)))
        .isEqualTo("pan=[redacted]");
    assertThat(LogSafe.text(group.repeat(4))).isEqualTo("[redacted]");
  }

  @Test
  void references_amounts_and_short_numbers_stay_readable() {
    assertThat(LogSafe.text("Refund amount (1999) is greater than unrefunded amount (1000)"))
        .isEqualTo("Refund amount (1999) is greater than unrefunded amount (1000)");
    assertThat(LogSafe.text("No such charge: ch_sim_12")).isEqualTo("No such charge: ch_sim_12");
    assertThat(LogSafe.text(null)).isEmpty();
  }
}
