package io.rebound.edge.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class ConnectionStateTest {

  @Test
  void connected_is_reached_only_through_connecting() {
    assertThat(ConnectionState.DISCONNECTED.canMoveTo(ConnectionState.CONNECTED)).isFalse();
    assertThat(ConnectionState.CONNECTING.canMoveTo(ConnectionState.CONNECTED)).isTrue();
  }

  @Test
  void closed_is_terminal() {
    for (ConnectionState s : ConnectionState.values()) {
      assertThat(ConnectionState.CLOSED.canMoveTo(s)).as(s.name()).isFalse();
    }
  }

  @Test
  void the_machine_reports_each_change_once_and_rejects_illegal_transitions() {
    ConnectionStateMachine machine = new ConnectionStateMachine(Clock.systemUTC());

    assertThat(machine.moveTo(ConnectionState.CONNECTING))
        .hasValueSatisfying(c -> assertThat(c.from()).isEqualTo(ConnectionState.DISCONNECTED));
    assertThat(machine.moveTo(ConnectionState.CONNECTING)).as("repeated attempt").isEmpty();
    assertThat(machine.moveTo(ConnectionState.CONNECTED))
        .hasValueSatisfying(c -> assertThat(c.connected()).isTrue());
    machine.moveTo(ConnectionState.DISCONNECTED);

    assertThatThrownBy(() -> machine.moveTo(ConnectionState.CONNECTED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("DISCONNECTED -> CONNECTED");
  }

  @Test
  void late_callbacks_after_close_are_ignored() {
    ConnectionStateMachine machine = new ConnectionStateMachine(Clock.systemUTC());
    machine.moveTo(ConnectionState.CLOSED);

    assertThat(machine.moveTo(ConnectionState.CONNECTING)).isEmpty();
    assertThat(machine.current()).isEqualTo(ConnectionState.CLOSED);
  }
}
