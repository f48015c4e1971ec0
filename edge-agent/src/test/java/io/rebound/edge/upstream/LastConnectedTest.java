package io.rebound.edge.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.store.Database;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline duration counts from the last moment known connected, across agent restarts. */
class LastConnectedTest {
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(T0);
  private Database db;
  private WriteLane lane;
  private LastConnected last;

  @AfterEach
  void stop() {
    stopAgent();
  }

  @Test
  void an_agent_that_never_connected_is_offline_since_its_first_start_even_after_a_restart() {
    startAgent(Duration.ofMinutes(1));
    clock.advance(Duration.ofHours(5));
    assertThat(last.offlineFor(clock.instant())).isEqualTo(Duration.ofHours(5));

    restartAgent(Duration.ofMinutes(1));
    clock.advance(Duration.ofHours(70));

    assertThat(last.offlineFor(clock.instant())).isEqualTo(Duration.ofHours(75));
  }

  @Test
  void the_offline_duration_counts_from_the_disconnect_and_survives_a_restart() {
    startAgent(Duration.ofMinutes(1));
    Instant connectedAt = T0.plus(Duration.ofHours(1));
    Instant lostAt = T0.plus(Duration.ofHours(30));
    last.onConnectionChanged(
        new ConnectionChanged(ConnectionState.CONNECTING, ConnectionState.CONNECTED, connectedAt));
    clock.advance(Duration.ofHours(10));
    assertThat(last.offlineFor(clock.instant())).isZero();

    last.onConnectionChanged(
        new ConnectionChanged(ConnectionState.CONNECTED, ConnectionState.DISCONNECTED, lostAt));
    restartAgent(Duration.ofMinutes(1));

    assertThat(last.offlineFor(lostAt.plus(Duration.ofHours(73)))).isEqualTo(Duration.ofHours(73));
    assertThat(last.lastConnectedAt()).isEqualTo(lostAt);
  }

  @Test
  void while_connected_a_checkpoint_keeps_the_offline_start_recent_across_a_crash() {
    startAgent(Duration.ofMillis(20));
    last.onConnectionChanged(
        new ConnectionChanged(ConnectionState.CONNECTING, ConnectionState.CONNECTED, T0));
    clock.advance(Duration.ofDays(10));
    Instant tenDaysLater = clock.instant();
    await().atMost(Duration.ofSeconds(10)).until(() -> storedLastConnected().equals(tenDaysLater));

    // a crash: no disconnect event is ever seen
    restartAgent(Duration.ofMinutes(1));

    assertThat(last.offlineFor(tenDaysLater.plus(Duration.ofHours(2))))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void a_failed_connect_attempt_does_not_count_as_connected() {
    startAgent(Duration.ofMinutes(1));
    last.onConnectionChanged(
        new ConnectionChanged(
            ConnectionState.CONNECTING,
            ConnectionState.DISCONNECTED,
            T0.plus(Duration.ofHours(9))));

    assertThat(last.offlineFor(T0.plus(Duration.ofHours(10)))).isEqualTo(Duration.ofHours(10));
  }

  private void startAgent(Duration checkpointEvery) {
    db = Database.open(dir);
    lane = WriteLane.start(db, 16, new SimpleMeterRegistry());
    last = new LastConnected(lane, clock, checkpointEvery);
    last.onStart(new StartupEvent());
  }

  private void restartAgent(Duration checkpointEvery) {
    stopAgent();
    startAgent(checkpointEvery);
  }

  private void stopAgent() {
    if (last != null) {
      last.onStop(new ShutdownEvent());
      lane.close();
      db.close();
      last = null;
    }
  }

  private Instant storedLastConnected() {
    try (ReadPool reads = ReadPool.open(db, 1)) {
      return reads.read(
          c -> {
            try (Statement s = c.createStatement();
                ResultSet rs =
                    s.executeQuery("SELECT last_connected_at FROM agent_state WHERE id = 1")) {
              rs.next();
              return Instant.ofEpochMilli(rs.getLong(1));
            }
          });
    }
  }
}
