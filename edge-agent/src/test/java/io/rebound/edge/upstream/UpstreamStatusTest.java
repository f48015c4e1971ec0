package io.rebound.edge.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rebound.edge.mqtt.CentralMessage;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.ids.CentralInstanceId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.UpstreamMode;
import io.rebound.protocols.topics.CentralTopic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upstream model over time, with an injected clock: no sleeping. */
class UpstreamStatusTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final CentralInstanceId A = CentralInstanceId.of("central-a");
  private static final CentralInstanceId B = CentralInstanceId.of("central-b");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<UpstreamChanged> changes = new ArrayList<>();
  private final List<CentralRejoined> rejoins = new ArrayList<>();
  private final UpstreamStatus status =
      new UpstreamStatus(registry, clock, TIMEOUT, changes::add, rejoins::add);

  @Test
  void starts_offline_and_a_broker_connection_alone_is_not_central() {
    assertThat(status.snapshot())
        .isEqualTo(new UpstreamStatus.Snapshot(UpstreamMode.OFFLINE, clock.instant()));

    connect();

    assertThat(status.mode()).isEqualTo(UpstreamMode.OFFLINE);
    assertThat(status.assessment().reachable()).isFalse();
    assertThat(changes).isEmpty();
  }

  @Test
  void online_when_connected_and_a_central_instance_reports_online_with_since_when() {
    connect();
    clock.advance(Duration.ofSeconds(2));
    Instant heard = clock.instant();

    hear(A, io.rebound.protocols.envelope.ConnectionState.ONLINE, GatewayHealth.HEALTHY);

    assertThat(status.snapshot())
        .isEqualTo(new UpstreamStatus.Snapshot(UpstreamMode.ONLINE, heard));
    assertThat(changes)
        .containsExactly(new UpstreamChanged(UpstreamMode.OFFLINE, UpstreamMode.ONLINE, heard));
    assertThat(status.instances())
        .extracting(UpstreamStatus.Instance::state)
        .containsExactly(InstanceState.ONLINE);
  }

  @Test
  void missed_heartbeats_make_central_unreachable_exactly_after_the_timeout() {
    connect();
    hear(A, online(), GatewayHealth.HEALTHY);

    clock.advance(TIMEOUT);
    status.evaluate();
    assertThat(status.mode()).as("at the timeout").isEqualTo(UpstreamMode.ONLINE);

    clock.advance(Duration.ofMillis(1));
    status.evaluate();
    assertThat(status.mode()).as("just after it").isEqualTo(UpstreamMode.OFFLINE);
    assertThat(status.since()).isEqualTo(clock.instant());
    assertThat(status.instances())
        .extracting(UpstreamStatus.Instance::state)
        .containsExactly(InstanceState.SILENT);

    hear(A, online(), GatewayHealth.HEALTHY);
    assertThat(status.mode()).isEqualTo(UpstreamMode.ONLINE);
    assertThat(changes).extracting(UpstreamChanged::centralBack).containsExactly(true, false, true);
  }

  @Test
  void an_offline_report_makes_central_unreachable_at_once() {
    connect();
    hear(A, online(), GatewayHealth.HEALTHY);

    hear(A, io.rebound.protocols.envelope.ConnectionState.OFFLINE, GatewayHealth.UNKNOWN);

    assertThat(status.mode()).isEqualTo(UpstreamMode.OFFLINE);
  }

  @Test
  void degraded_while_every_reachable_instance_reports_the_gateway_down() {
    connect();
    hear(A, online(), GatewayHealth.DOWN);
    assertThat(status.mode()).isEqualTo(UpstreamMode.PAYMENT_DEGRADED);

    hear(B, online(), GatewayHealth.HEALTHY);
    assertThat(status.mode()).isEqualTo(UpstreamMode.ONLINE);

    clock.advance(Duration.ofSeconds(10));
    hear(A, online(), GatewayHealth.DOWN); // B falls silent, A keeps reporting DOWN
    clock.advance(Duration.ofSeconds(6));
    status.evaluate();
    assertThat(status.mode()).isEqualTo(UpstreamMode.PAYMENT_DEGRADED);
    assertThat(status.assessment().onlineInstances()).isEqualTo(1);
  }

  @Test
  void losing_the_broker_forgets_central_until_it_is_heard_again() {
    connect();
    hear(A, online(), GatewayHealth.HEALTHY);

    status.onConnectionChanged(change(ConnectionState.CONNECTED, ConnectionState.CONNECTING));
    assertThat(status.mode()).isEqualTo(UpstreamMode.OFFLINE);
    assertThat(status.instances()).isEmpty();

    connect();
    assertThat(status.mode())
        .as("reconnected, central not heard yet")
        .isEqualTo(UpstreamMode.OFFLINE);
  }

  @Test
  void a_stale_retained_copy_does_not_bring_central_back() {
    connect();
    CentralStatus old =
        CentralStatus.of(
            A,
            online(),
            clock.instant().minusSeconds(120),
            clock.instant().minusSeconds(60),
            GatewayHealth.HEALTHY);

    status.onCentralMessage(message(old, true));
    assertThat(status.mode()).isEqualTo(UpstreamMode.OFFLINE);

    status.onCentralMessage(message(old, false)); // the same content arriving live is fresh
    assertThat(status.mode()).isEqualTo(UpstreamMode.ONLINE);
  }

  @Test
  void a_new_session_of_a_known_instance_is_announced_once() {
    connect();
    hear(A, online(), GatewayHealth.HEALTHY, Instant.parse("2026-11-26T09:00:00Z"));
    hear(A, online(), GatewayHealth.HEALTHY, Instant.parse("2026-11-26T09:00:00Z"));
    assertThat(rejoins).isEmpty();

    Instant reconnected = Instant.parse("2026-11-26T09:59:59Z");
    hear(A, online(), GatewayHealth.HEALTHY, reconnected);
    hear(A, online(), GatewayHealth.HEALTHY, reconnected);

    assertThat(rejoins).extracting(CentralRejoined::instanceId).containsExactly(A);
    assertThat(rejoins.get(0).since()).isEqualTo(reconnected);
  }

  @Test
  void malformed_or_misaddressed_statuses_change_nothing() {
    connect();
    status.onCentralMessage(
        new CentralMessage(
            CentralTopic.of(A), "{not json".getBytes(StandardCharsets.UTF_8), false));
    CentralStatus ofB =
        CentralStatus.of(B, online(), clock.instant(), clock.instant(), GatewayHealth.HEALTHY);
    status.onCentralMessage(
        new CentralMessage(CentralTopic.of(A), ProtocolJson.toBytes(ofB), false));

    assertThat(status.mode()).isEqualTo(UpstreamMode.OFFLINE);
    assertThat(status.instances()).isEmpty();
  }

  @Test
  void transitions_are_counted_by_from_and_to_and_the_gauge_shows_the_mode() {
    connect();
    hear(A, online(), GatewayHealth.HEALTHY);
    hear(A, online(), GatewayHealth.DOWN);
    hear(A, online(), GatewayHealth.DOWN);
    hear(A, online(), GatewayHealth.HEALTHY);
    status.onConnectionChanged(change(ConnectionState.CONNECTED, ConnectionState.CONNECTING));

    assertThat(count("OFFLINE", "ONLINE")).isEqualTo(1.0);
    assertThat(count("ONLINE", "PAYMENT_DEGRADED")).isEqualTo(1.0);
    assertThat(count("PAYMENT_DEGRADED", "ONLINE")).isEqualTo(1.0);
    assertThat(count("ONLINE", "OFFLINE")).isEqualTo(1.0);
    assertThat(count("OFFLINE", "PAYMENT_DEGRADED")).isZero();
    assertThat(registry.get("rebound.upstream.mode").gauge().value())
        .isEqualTo(UpstreamMode.OFFLINE.ordinal());
  }

  private void connect() {
    status.onConnectionChanged(change(ConnectionState.CONNECTING, ConnectionState.CONNECTED));
  }

  private void hear(
      CentralInstanceId id, io.rebound.protocols.envelope.ConnectionState state, GatewayHealth g) {
    hear(id, state, g, clock.instant().minusSeconds(30));
  }

  private void hear(
      CentralInstanceId id,
      io.rebound.protocols.envelope.ConnectionState state,
      GatewayHealth g,
      Instant since) {
    status.onCentralMessage(message(CentralStatus.of(id, state, since, clock.instant(), g), false));
  }

  private CentralMessage message(CentralStatus s, boolean retained) {
    return new CentralMessage(CentralTopic.of(s.instanceId()), ProtocolJson.toBytes(s), retained);
  }

  private static io.rebound.protocols.envelope.ConnectionState online() {
    return io.rebound.protocols.envelope.ConnectionState.ONLINE;
  }

  private double count(String from, String to) {
    return registry
        .get("rebound.upstream.transitions")
        .tag("from", from)
        .tag("to", to)
        .counter()
        .count();
  }

  private ConnectionChanged change(ConnectionState from, ConnectionState to) {
    return new ConnectionChanged(from, to, clock.instant());
  }
}
