package io.rebound.protocols.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceparentTest {

  @Test
  void parses_the_w3c_example_and_exposes_the_trace_id() {
    Traceparent t = Traceparent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

    assertThat(t.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(t).hasToString("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-",
        " 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
      })
  void malformed_traceparents_are_rejected(String value) {
    assertThatThrownBy(() -> Traceparent.parse(value))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("traceparent"));
  }

  @Test
  void random_traceparents_are_valid_sampled_and_distinct() {
    Set<String> traces = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      Traceparent t = Traceparent.random();
      assertThat(Traceparent.parse(t.value())).isEqualTo(t);
      assertThat(t.value()).endsWith("-01");
      traces.add(t.traceId());
    }
    assertThat(traces).hasSize(1000);
  }
}
