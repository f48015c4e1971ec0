package io.rebound.e2e.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppStateTest {
  @Test
  void a_killed_app_can_only_be_started_again() {
    assertThat(AppState.KILLED.next()).containsExactly(AppState.STARTING);
    assertThat(AppState.KILLED.moveTo(AppState.STARTING)).isEqualTo(AppState.STARTING);
  }

  @Test
  void a_never_started_app_cannot_become_ready() {
    assertThatThrownBy(() -> AppState.NEW.moveTo(AppState.READY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot move from NEW to READY");
  }

  @Test
  void only_starting_and_ready_are_running() {
    assertThat(AppState.values())
        .filteredOn(AppState::running)
        .containsExactly(AppState.STARTING, AppState.READY);
  }
}
