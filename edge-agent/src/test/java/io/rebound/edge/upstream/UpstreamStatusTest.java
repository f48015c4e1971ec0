package io.rebound.edge.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UpstreamStatusTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final UpstreamStatus status = new UpstreamStatus(registry, clock);

  @Test
  void starts_offline_until_the_broker_connection_is_up() {
    assertThat(status.mode()).isEqualTo(UpstreamMode.OFFLINE);
    assertThat(status.since()).isEqualTo(clock.instant());
  }

  @Test
  void follows_the_connection_and_records_since_when() {
    clock.now = Instant.parse("2026-11-26T10:05:00Z");
    status.onConnectionChanged(change(ConnectionState.CONNECTING, ConnectionState.CONNECTED));
    assertThat(status.snapshot())
        .isEqualTo(new UpstreamStatus.Snapshot(UpstreamMode.ONLINE, clock.now));

    clock.now = Instant.parse("2026-11-26T10:06:00Z");
    status.onConnectionChanged(change(ConnectionState.CONNECTED, ConnectionState.CONNECTING));
    assertThat(status.snapshot())
        .isEqualTo(new UpstreamStatus.Snapshot(UpstreamMode.OFFLINE, clock.now));
  }

  @Test
  void transitions_are_counted_by_target_mode_and_repeats_are_not_transitions() {
    status.onConnectionChanged(change(ConnectionState.CONNECTING, ConnectionState.CONNECTED));
    status.onConnectionChanged(change(ConnectionState.CONNECTED, ConnectionState.CONNECTING));
    status.onConnectionChanged(change(ConnectionState.CONNECTING, ConnectionState.DISCONNECTED));

    assertThat(count("ONLINE")).isEqualTo(1.0);
    assertThat(count("OFFLINE")).isEqualTo(1.0);
    assertThat(registry.get("rebound.upstream.mode").gauge().value())
        .isEqualTo(UpstreamMode.OFFLINE.ordinal());
  }

  private double count(String to) {
    return registry.get("rebound.upstream.transitions").tag("to", to).counter().count();
  }

  private ConnectionChanged change(ConnectionState from, ConnectionState to) {
    return new ConnectionChanged(from, to, clock.instant());
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
