package io.rebound.central.payment.stripe;

import java.util.List;

/** One page of {@code GET /v1/refunds}, newest first. */
record RefundPage(List<StripeRefund> refunds, boolean hasMore) {
  RefundPage {
    refunds = List.copyOf(refunds);
  }

  /** The id to pass as {@code starting_after} for the next page. */
  String last() {
    return refunds.isEmpty() ? null : refunds.get(refunds.size() - 1).id();
  }
}
