package io.rebound.edge.updates;

import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import io.rebound.protocols.requests.ReturnUpdate;
import io.rebound.protocols.requests.ReturnUpdates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: applies a page of central updates for one return (REFUND SUCCEEDED with {@code
 * refundId}, CREDIT_NOTE and STOCK_RETURN SUCCEEDED) through the agent's own write path, as if
 * central had answered a poll. For tests whose central does not run an update log.
 */
public final class CentralOutcomes {
  private CentralOutcomes() {}

  /** Applies the page after the stored cursor; returns the new cursor. */
  public static long settled(WriteLane lane, StoreId store, ReturnId id, String refundId)
      throws Exception {
    return lane.submit(
            c -> {
              long seq = UpdateCursor.read(c);
              Instant at = Instant.now();
              List<ReturnUpdate> updates = new ArrayList<>();
              updates.add(
                  ReturnUpdate.of(
                      ++seq,
                      id,
                      OutcomeKind.REFUND,
                      OutcomeState.SUCCEEDED,
                      refundId,
                      null,
                      null,
                      at));
              updates.add(
                  ReturnUpdate.of(
                      ++seq,
                      id,
                      OutcomeKind.CREDIT_NOTE,
                      OutcomeState.SUCCEEDED,
                      "CN-" + id,
                      null,
                      null,
                      at));
              updates.add(
                  ReturnUpdate.of(
                      ++seq,
                      id,
                      OutcomeKind.STOCK_RETURN,
                      OutcomeState.SUCCEEDED,
                      "SR-" + id,
                      null,
                      null,
                      at));
              ReturnUpdates page =
                  ReturnUpdates.page(store, updates, updates.get(0).seq() - 1, false);
              return OutcomeWriter.apply(c, page, at).cursor();
            })
        .get();
  }
}
