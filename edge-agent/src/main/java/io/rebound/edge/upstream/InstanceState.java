package io.rebound.edge.upstream;

/** A central instance as the agent sees it now. */
public enum InstanceState {
  /** Reported ONLINE within {@code rebound.upstream.central-timeout}. */
  ONLINE,
  /** Last reported ONLINE, but not heard from within the timeout (missed heartbeats). */
  SILENT,
  /** Reported OFFLINE (its last will or a clean shutdown). */
  OFFLINE
}
