package io.rebound.edge.pending;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingStateTest {

  @Test
  void an_event_never_sent_is_queued_sent_ones_wait_and_repeated_sends_block() {
    assertThat(PendingState.of(0, 5)).isEqualTo(PendingState.QUEUED);
    assertThat(PendingState.of(1, 5)).isEqualTo(PendingState.SENT);
    assertThat(PendingState.of(4, 5)).isEqualTo(PendingState.SENT);
    assertThat(PendingState.of(5, 5)).isEqualTo(PendingState.BLOCKED);
    assertThat(PendingState.of(9, 5)).isEqualTo(PendingState.BLOCKED);
  }
}
