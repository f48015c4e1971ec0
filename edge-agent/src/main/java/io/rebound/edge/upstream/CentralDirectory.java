package io.rebound.edge.upstream;

import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.ids.CentralInstanceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest {@link CentralReport} per central instance, and each instance's current broker session
 * (the {@code since} of its ONLINE reports). Thread-safe. Forgotten when the agent's own connection
 * drops: after a reconnect only what the broker re-sends counts.
 */
final class CentralDirectory {
  private final Map<CentralInstanceId, CentralReport> reports = new HashMap<>();
  private final Map<CentralInstanceId, Instant> sessions = new HashMap<>();

  /**
   * Records {@code report}. Returns true when it is an ONLINE report of a new session of an
   * instance whose previous session the agent knew: the instance reconnected, and anything the
   * broker could not route to it meanwhile may be lost.
   */
  synchronized boolean record(CentralReport report) {
    CentralReport previous = reports.get(report.instanceId());
    if (previous != null && previous.heardAt().isAfter(report.heardAt())) {
      return false; // an older retained copy after a newer live one: ignore
    }
    reports.put(report.instanceId(), report);
    if (report.state() != ConnectionState.ONLINE) {
      return false;
    }
    Instant before = sessions.put(report.instanceId(), report.since());
    return before != null && !before.equals(report.since());
  }

  /** Every instance's latest report, by instance id. */
  synchronized List<CentralReport> reports() {
    return reports.values().stream()
        .sorted(Comparator.comparing(r -> r.instanceId().value()))
        .toList();
  }

  synchronized void forget() {
    reports.clear();
    sessions.clear();
  }
}
