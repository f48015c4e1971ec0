package io.rebound.central.payment.stripe.sim;

import java.time.Duration;

/**
 * What the simulator does instead of (or after) answering one request normally.
 *
 * @param kind the misbehaviour
 * @param status the HTTP status of {@link Kind#ERROR} and {@link Kind#ERROR_AFTER_REFUND}
 * @param delay how long {@link Kind#SLOW} and {@link Kind#TIMEOUT} hold the answer
 * @param declineCode the {@code decline_code} of {@link Kind#DECLINE}
 */
public record Fault(Kind kind, int status, Duration delay, String declineCode) {

  /** The misbehaviours. */
  public enum Kind {
    /** Answer {@code status} (500/502/503/429) without performing anything. */
    ERROR,
    /** Answer 402 {@code card_error} with a decline code, performing nothing. */
    DECLINE,
    /** Perform the request, answer normally after {@code delay} (shorter than the timeout). */
    SLOW,
    /** Perform the request, then hold the answer for {@code delay} (past the client's timeout). */
    TIMEOUT,
    /** Perform the request, then drop the connection without an answer. */
    LOSE_RESPONSE_AFTER_REFUND,
    /** Perform the request, then answer {@code status} (a 500) instead of the result. */
    ERROR_AFTER_REFUND,
    /**
     * Answer a list with an empty page, as a lagging read replica would (Stripe's lists are
     * eventually consistent); performs nothing.
     */
    STALE_LIST
  }

  public static Fault serverError(int status) {
    return new Fault(Kind.ERROR, status, Duration.ZERO, null);
  }

  public static Fault rateLimited() {
    return new Fault(Kind.ERROR, 429, Duration.ZERO, null);
  }

  public static Fault decline(String declineCode) {
    return new Fault(Kind.DECLINE, 402, Duration.ZERO, declineCode);
  }

  public static Fault slow(Duration delay) {
    return new Fault(Kind.SLOW, 200, delay, null);
  }

  public static Fault timeout(Duration hold) {
    return new Fault(Kind.TIMEOUT, 200, hold, null);
  }

  public static Fault loseResponseAfterRefund() {
    return new Fault(Kind.LOSE_RESPONSE_AFTER_REFUND, 0, Duration.ZERO, null);
  }

  public static Fault errorAfterRefund() {
    return new Fault(Kind.ERROR_AFTER_REFUND, 500, Duration.ZERO, null);
  }

  public static Fault staleList() {
    return new Fault(Kind.STALE_LIST, 200, Duration.ZERO, null);
  }

  /** Whether the simulator performs the request before misbehaving. */
  boolean performs() {
    return kind == Kind.SLOW
        || kind == Kind.TIMEOUT
        || kind == Kind.LOSE_RESPONSE_AFTER_REFUND
        || kind == Kind.ERROR_AFTER_REFUND;
  }
}
