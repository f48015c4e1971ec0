package io.rebound.edge.credit;

import io.rebound.edge.outbox.OutboxAppender;
import io.rebound.edge.store.WriteTask;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One write-lane task: the store credit owed longest (accepted first) takes the lowest number left;
 * its refund becomes {@code ISSUED} with that reference, and the outbox event {@code
 * return.store-credit-issued} and the issue row are written in the same transaction. Running on the
 * single writer, and choosing the return inside the task, makes a second issue impossible: a task
 * that runs again finds the next return or nothing.
 */
final class IssueOldestDeferred implements WriteTask<IssueOutcome> {
  private final Clock clock;

  IssueOldestDeferred(Clock clock) {
    this.clock = clock;
  }

  @Override
  public IssueOutcome run(Connection c) throws SQLException {
    Optional<ReturnResponse> owed = DeferredCredits.oldest(c);
    if (owed.isEmpty()) {
      return new IssueOutcome.NothingOwed();
    }
    ReturnResponse before = owed.get();
    Optional<StoreCreditNumber> number = CreditBlocks.take(c, before.returnId());
    if (number.isEmpty()) {
      return new IssueOutcome.NoNumberLeft();
    }
    Instant issuedAt = clock.instant();
    String reference = number.get().reference();
    ReturnResponse after = issued(before, reference);
    StoreCreditIssued event =
        StoreCreditIssued.of(
            before.returnId(), before.storeId(), reference, before.refund().amount(), issuedAt);
    EventEnvelope envelope =
        OutboxAppender.append(
            c, EventId.mint(clock), issuedAt, Traceparent.random(), before.returnId(), event);
    DeferredCredits.recordIssue(c, after, number.get(), envelope, event);
    return new IssueOutcome.Issued(before.returnId(), reference);
  }

  private static ReturnResponse issued(ReturnResponse r, String reference) {
    Refund refund = r.refund();
    return new ReturnResponse(
        r.returnId(),
        r.storeId(),
        r.terminalId(),
        r.status(),
        r.mode(),
        r.acceptedAt(),
        r.total(),
        new Refund(refund.method(), refund.amount(), RefundStatus.ISSUED, reference),
        r.decisions());
  }
}
