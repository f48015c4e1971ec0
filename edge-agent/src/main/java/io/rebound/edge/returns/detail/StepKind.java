package io.rebound.edge.returns.detail;

/** The kinds of steps on a return's timeline at the store. */
public enum StepKind {
  /** The POS's return was accepted and stored (with its decisions). */
  ACCEPTED,
  /** A rule required a manager's approval. */
  APPROVAL_REQUESTED,
  /** A manager approved or denied it. */
  APPROVAL_DECIDED,
  /** An associate or manager recorded an inspection step. */
  INSPECTED,
  /** Store credit that waited for a number was issued under one. */
  STORE_CREDIT_ISSUED,
  /** One of its events was first published to central since the agent started. */
  SENT,
  /** Central acknowledged one of its events (stored once in central's database). */
  ACKNOWLEDGED,
  /** Central refused one of its events (dead-lettered; the reason is in central's console). */
  REFUSED_BY_CENTRAL,
  /** Central reported the card refund made at the gateway (refund ISSUED). */
  REFUND_SETTLED,
  /** Central reported the card refund declined by the gateway (refund DECLINED). */
  REFUND_DECLINED,
  /** Central reported a posting (credit note, stock return, disposition, claim) in the ERP. */
  POSTED_IN_ERP,
  /** Central reported one of its steps for the return dead-lettered (an operator must act). */
  FAILED_AT_CENTRAL
}
