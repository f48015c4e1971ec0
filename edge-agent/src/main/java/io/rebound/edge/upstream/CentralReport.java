package io.rebound.edge.upstream;

import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.ids.CentralInstanceId;
import java.time.Duration;
import java.time.Instant;

/**
 * What the agent last heard from one central instance, and when. {@code heardAt} is the receive
 * time of a live message; for a retained copy (delivered on subscribe, possibly old) it is the
 * message's own {@code reportedAt} when that is earlier, so a stale retained ONLINE never looks
 * fresh.
 */
public record CentralReport(
    CentralInstanceId instanceId,
    ConnectionState state,
    Instant since,
    GatewayHealth paymentGateway,
    Instant heardAt) {

  /** The report a received status amounts to. */
  public static CentralReport of(CentralStatus status, boolean retained, Instant receivedAt) {
    Instant heard =
        retained && status.reportedAt().isBefore(receivedAt) ? status.reportedAt() : receivedAt;
    return new CentralReport(
        status.instanceId(), status.state(), status.since(), status.paymentGateway(), heard);
  }

  /** ONLINE and heard at most {@code timeout} before {@code now}: this instance counts. */
  public boolean countsAt(Instant now, Duration timeout) {
    return state == ConnectionState.ONLINE && !heardAt.plus(timeout).isBefore(now);
  }

  /** How the instance looks at {@code now}. */
  public InstanceState stateAt(Instant now, Duration timeout) {
    if (state == ConnectionState.OFFLINE) {
      return InstanceState.OFFLINE;
    }
    return countsAt(now, timeout) ? InstanceState.ONLINE : InstanceState.SILENT;
  }
}
