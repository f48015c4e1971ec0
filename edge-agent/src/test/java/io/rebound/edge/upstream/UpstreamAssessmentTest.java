package io.rebound.edge.upstream;

import static io.rebound.protocols.envelope.GatewayHealth.DOWN;
import static io.rebound.protocols.envelope.GatewayHealth.HEALTHY;
import static io.rebound.protocols.envelope.GatewayHealth.UNKNOWN;
import static io.rebound.protocols.returns.UpstreamMode.OFFLINE;
import static io.rebound.protocols.returns.UpstreamMode.ONLINE;
import static io.rebound.protocols.returns.UpstreamMode.PAYMENT_DEGRADED;
import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.ids.CentralInstanceId;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mode function, table-driven: connection × instance reports × age × gateway health. */
class UpstreamAssessmentTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final Duration FRESH = Duration.ofSeconds(3);
  private static final Duration AT_TIMEOUT = TIMEOUT;
  private static final Duration STALE = TIMEOUT.plusMillis(1);

  /** One instance report in a table row: state, gateway, age. */
  record R(ConnectionState state, GatewayHealth gateway, Duration age) {
    @Override
    public String toString() {
      return state + "/" + gateway + "/" + age.toMillis() + "ms";
    }
  }

  static R online(GatewayHealth gateway, Duration age) {
    return new R(ConnectionState.ONLINE, gateway, age);
  }

  static R offline(Duration age) {
    return new R(ConnectionState.OFFLINE, UNKNOWN, age);
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // connected, reports, mode, reachable, counted instances, gateway summary
        row(true, List.of(), OFFLINE, false, 0, UNKNOWN),
        row(true, List.of(online(HEALTHY, FRESH)), ONLINE, true, 1, HEALTHY),
        row(true, List.of(online(HEALTHY, AT_TIMEOUT)), ONLINE, true, 1, HEALTHY),
        row(true, List.of(online(HEALTHY, STALE)), OFFLINE, false, 0, UNKNOWN),
        row(true, List.of(online(DOWN, FRESH)), PAYMENT_DEGRADED, true, 1, DOWN),
        row(true, List.of(online(DOWN, STALE)), OFFLINE, false, 0, UNKNOWN),
        row(true, List.of(online(UNKNOWN, FRESH)), ONLINE, true, 1, UNKNOWN),
        row(true, List.of(offline(FRESH)), OFFLINE, false, 0, UNKNOWN),
        row(true, List.of(offline(Duration.ZERO)), OFFLINE, false, 0, UNKNOWN),
        // two instances: degraded only when every counted one says DOWN
        row(
            true,
            List.of(online(DOWN, FRESH), online(DOWN, FRESH)),
            PAYMENT_DEGRADED,
            true,
            2,
            DOWN),
        row(true, List.of(online(DOWN, FRESH), online(HEALTHY, FRESH)), ONLINE, true, 2, HEALTHY),
        row(true, List.of(online(DOWN, FRESH), online(UNKNOWN, FRESH)), ONLINE, true, 2, UNKNOWN),
        row(
            true,
            List.of(online(DOWN, FRESH), online(HEALTHY, STALE)),
            PAYMENT_DEGRADED,
            true,
            1,
            DOWN),
        row(true, List.of(online(DOWN, FRESH), offline(FRESH)), PAYMENT_DEGRADED, true, 1, DOWN),
        row(true, List.of(online(HEALTHY, FRESH), offline(FRESH)), ONLINE, true, 1, HEALTHY),
        row(true, List.of(online(HEALTHY, STALE), offline(FRESH)), OFFLINE, false, 0, UNKNOWN),
        row(true, List.of(online(HEALTHY, STALE), online(DOWN, STALE)), OFFLINE, false, 0, UNKNOWN),
        // the broker connection down: nothing else matters
        row(false, List.of(), OFFLINE, false, 0, UNKNOWN),
        row(false, List.of(online(HEALTHY, FRESH)), OFFLINE, false, 0, UNKNOWN),
        row(false, List.of(online(DOWN, FRESH)), OFFLINE, false, 0, UNKNOWN),
        row(
            false,
            List.of(online(HEALTHY, FRESH), online(DOWN, FRESH)),
            OFFLINE,
            false,
            0,
            UNKNOWN));
  }

  private static Arguments row(
      boolean connected,
      List<R> reports,
      UpstreamMode mode,
      boolean reachable,
      int counted,
      GatewayHealth gateway) {
    return Arguments.of(connected, reports, mode, reachable, counted, gateway);
  }

  @ParameterizedTest(name = "connected={0} {1} -> {2}")
  @MethodSource("table")
  void mode_follows_connection_presence_freshness_and_gateway_health(
      boolean connected,
      List<R> rows,
      UpstreamMode mode,
      boolean reachable,
      int counted,
      GatewayHealth gateway) {
    UpstreamAssessment a = UpstreamAssessment.of(connected, reports(rows), NOW, TIMEOUT);

    assertThat(a).isEqualTo(new UpstreamAssessment(mode, reachable, counted, gateway));
  }

  @Test
  void every_combination_of_connection_and_single_instance_report_is_covered() {
    // exhaustive over one instance: connection × state × gateway × freshness
    for (boolean connected : new boolean[] {true, false}) {
      for (ConnectionState state : ConnectionState.values()) {
        for (GatewayHealth gateway : GatewayHealth.values()) {
          for (Duration age : List.of(Duration.ZERO, FRESH, AT_TIMEOUT, STALE)) {
            UpstreamMode mode =
                UpstreamAssessment.of(
                        connected, reports(List.of(new R(state, gateway, age))), NOW, TIMEOUT)
                    .mode();
            boolean counts =
                connected && state == ConnectionState.ONLINE && age.compareTo(TIMEOUT) <= 0;
            UpstreamMode expected = !counts ? OFFLINE : gateway == DOWN ? PAYMENT_DEGRADED : ONLINE;
            assertThat(mode)
                .as("connected=%s %s %s age=%s", connected, state, gateway, age)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void a_retained_copy_is_as_old_as_its_report_and_a_live_one_as_its_arrival() {
    CentralStatus status =
        CentralStatus.of(
            CentralInstanceId.of("c1"),
            ConnectionState.ONLINE,
            NOW.minusSeconds(100),
            NOW.minusSeconds(60),
            HEALTHY);

    assertThat(CentralReport.of(status, true, NOW).heardAt()).isEqualTo(NOW.minusSeconds(60));
    assertThat(CentralReport.of(status, false, NOW).heardAt()).isEqualTo(NOW);
    assertThat(CentralReport.of(status, true, NOW).countsAt(NOW, TIMEOUT)).isFalse();
    // a central clock ahead of ours never makes a retained copy younger than its arrival
    CentralStatus ahead =
        CentralStatus.of(
            CentralInstanceId.of("c1"), ConnectionState.ONLINE, NOW, NOW.plusSeconds(30), HEALTHY);
    assertThat(CentralReport.of(ahead, true, NOW).heardAt()).isEqualTo(NOW);
  }

  private static List<CentralReport> reports(List<R> rows) {
    List<CentralReport> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      R r = rows.get(i);
      out.add(
          new CentralReport(
              CentralInstanceId.of("central-" + i),
              r.state(),
              NOW.minusSeconds(3600),
              r.gateway(),
              NOW.minus(r.age())));
    }
    return out;
  }
}
