package io.rebound.central.process.store;

import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepState;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;

/**
 * A step this instance moved to IN_PROGRESS.
 *
 * @param from the state it was claimed from (PENDING or RETRY_WAIT; a held step goes back to it)
 * @param attempts attempts made before this one (since creation or the last replay)
 * @param vendorKey the supplier claim's vendor ({@code unknown} if none), empty for other kinds
 * @param everAttempted whether any attempt was ever made (also before a replay), or a claim expired
 *     mid-call: the refund is then looked up at the gateway before anything is sent
 */
public record ClaimedStep(
    long id,
    ReturnId returnId,
    StoreId storeId,
    StepKind kind,
    String vendorKey,
    StepState from,
    int attempts,
    boolean everAttempted) {

  /** The vendor id of a supplier claim, null when unknown or not a claim. */
  public String vendorId() {
    return vendorKey.isEmpty() || vendorKey.equals(ProcessPlanner.UNKNOWN_VENDOR)
        ? null
        : vendorKey;
  }
}
