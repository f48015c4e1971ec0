package io.rebound.edge.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelayPhaseTest {

  @Test
  void streaming_starts_only_from_a_connection_or_an_elapsed_backoff() {
    assertThat(RelayPhase.NEW.canMoveTo(RelayPhase.STREAMING)).isFalse();
    assertThat(RelayPhase.WAITING_FOR_CONNECTION.canMoveTo(RelayPhase.STREAMING)).isTrue();
    assertThat(RelayPhase.BACKING_OFF.canMoveTo(RelayPhase.STREAMING)).isTrue();
  }

  @Test
  void backing_off_is_entered_only_while_streaming() {
    assertThat(RelayPhase.STREAMING.canMoveTo(RelayPhase.BACKING_OFF)).isTrue();
    assertThat(RelayPhase.WAITING_FOR_CONNECTION.canMoveTo(RelayPhase.BACKING_OFF)).isFalse();
  }

  @Test
  void every_phase_can_stop_and_stopped_is_terminal() {
    for (RelayPhase phase : RelayPhase.values()) {
      if (phase != RelayPhase.STOPPED) {
        assertThat(phase.canMoveTo(RelayPhase.STOPPED)).as(phase.name()).isTrue();
      }
      assertThat(RelayPhase.STOPPED.canMoveTo(phase)).as(phase.name()).isFalse();
    }
  }
}
