package io.rebound.edge.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.ids.EventId;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class InFlightWindowTest {
  private final Clock clock = Clock.systemUTC();

  @Test
  void room_shrinks_with_each_published_event_and_grows_with_acks() {
    InFlightWindow window = new InFlightWindow(3, 10);
    EventId a = EventId.mint(clock);
    EventId b = EventId.mint(clock);
    window.add(a);
    window.add(b);

    assertThat(window.room()).isEqualTo(1);
    assertThat(window.acknowledge(List.of(a))).isEqualTo(1);
    assertThat(window.room()).isEqualTo(2);
  }

  @Test
  void acks_for_events_not_in_flight_free_nothing() {
    InFlightWindow window = new InFlightWindow(2, 10);
    EventId a = EventId.mint(clock);
    window.add(a);

    assertThat(window.acknowledge(List.of(EventId.mint(clock), a, a))).isEqualTo(1);
    assertThat(window.isEmpty()).isTrue();
  }

  @Test
  void with_events_in_flight_a_refill_waits_for_a_quarter_of_the_window_to_be_free() {
    InFlightWindow window = new InFlightWindow(8, 500);
    assertThat(window.worthRefilling()).as("empty").isTrue();
    for (int i = 0; i < 7; i++) {
      window.add(EventId.mint(clock));
    }
    assertThat(window.worthRefilling()).as("1 of 8 free").isFalse();
    window.add(EventId.mint(clock));
    window.clear();
    for (int i = 0; i < 6; i++) {
      window.add(EventId.mint(clock));
    }
    assertThat(window.worthRefilling()).as("2 of 8 free").isTrue();
  }

  @Test
  void a_window_below_one_is_rejected_naming_the_key() {
    assertThatThrownBy(() -> new InFlightWindow(0, 10))
        .hasMessageContaining("rebound.outbox.window");
  }
}
