package io.rebound.edge.credit;

import io.rebound.protocols.ids.ReturnId;

/** What one {@link IssueOldestDeferred} task did. */
sealed interface IssueOutcome {
  /** The oldest deferred store credit was issued under {@code reference}. */
  record Issued(ReturnId returnId, String reference) implements IssueOutcome {}

  /** No store credit is owed for want of a number. */
  record NothingOwed() implements IssueOutcome {}

  /** Store credit is owed but every block is used up: wait for the next grant. */
  record NoNumberLeft() implements IssueOutcome {}
}
