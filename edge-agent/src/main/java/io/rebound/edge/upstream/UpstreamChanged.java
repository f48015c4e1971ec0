package io.rebound.edge.upstream;

import io.rebound.protocols.returns.UpstreamMode;
import java.time.Instant;

/**
 * CDI event fired (synchronously, in order, while the upstream model holds its lock: observers must
 * be cheap and must not call back into it) after every change of the upstream mode.
 */
public record UpstreamChanged(UpstreamMode from, UpstreamMode to, Instant at) {
  /** Central was unreachable and is reachable now. */
  public boolean centralBack() {
    return from == UpstreamMode.OFFLINE && to != UpstreamMode.OFFLINE;
  }
}
