package io.rebound.protocols.requests;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.money.Money;
import java.time.Instant;

/**
 * One entry of a store's update log at central: a step central runs for one of the store's returns
 * reached a final state. {@code seq} is the entry's position in the store's log (1, 2, 3… in commit
 * order). {@code reference} is the gateway refund id ({@code re_…}) or the ERP document reference,
 * when known (never a card number); {@code detail} is a sentence (the decline code and message, the
 * dead-letter reason); {@code amount} is the refund's amount (refunds only, when central knows it).
 * Guarantees: seq ≥ 1; returnId, kind, state and at set; reference 1–128 and detail 1–500
 * characters, not blank, when present; DECLINED only for REFUND (rule {@code
 * declined-refund-only}).
 */
public record ReturnUpdate(
    long seq,
    ReturnId returnId,
    OutcomeKind kind,
    OutcomeState state,
    String reference,
    String detail,
    Money amount,
    Instant at) {
  /** Longest {@code detail}. */
  public static final int MAX_DETAIL = 500;

  public ReturnUpdate {
    if (seq < 1) {
      throw new InvalidMessageException("seq", "range", "must be at least 1");
    }
    Checks.required(returnId, "returnId");
    Checks.required(kind, "kind");
    Checks.required(state, "state");
    Checks.required(at, "at");
    if (reference != null) {
      Checks.text(reference, "reference", 128);
    }
    if (detail != null) {
      Checks.text(detail, "detail", MAX_DETAIL);
    }
    if (state == OutcomeState.DECLINED && kind != OutcomeKind.REFUND) {
      throw new InvalidMessageException(
          "state", "declined-refund-only", "DECLINED is reported for REFUND only");
    }
  }

  /** A validated update. */
  public static ReturnUpdate of(
      long seq,
      ReturnId returnId,
      OutcomeKind kind,
      OutcomeState state,
      String reference,
      String detail,
      Money amount,
      Instant at) {
    return new ReturnUpdate(seq, returnId, kind, state, reference, detail, amount, at);
  }
}
