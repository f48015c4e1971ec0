package io.rebound.edge.returns;

/**
 * Whether central has acknowledged a return's event ({@code returns.sync_state}). The only
 * transition is {@code PENDING → SYNCED}, made when the ack arrives.
 */
public enum SyncState {
  PENDING,
  SYNCED;

  public boolean canMoveTo(SyncState target) {
    return this == PENDING && target == SYNCED;
  }
}
