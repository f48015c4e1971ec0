package io.rebound.central.process.model;

/** How one attempt of a step ended, as recorded in its history. */
public enum AttemptOutcome {
  /** The external system did it (or had already done it: the lookup found it). */
  SUCCEEDED,
  /** The gateway accepted the refund but has not settled it yet: checked again later. */
  PENDING_AT_GATEWAY,
  /** The gateway declined the refund (a domain outcome). */
  DECLINED,
  /** Unreachable, timed out, 5xx, bulkhead full: retried with backoff. */
  UNAVAILABLE,
  /** The external system refused the request itself: retrying cannot help (dead letter). */
  REJECTED,
  /** The step cannot be built from what central holds (e.g. no card reference): dead letter. */
  INVALID
}
