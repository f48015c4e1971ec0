package io.rebound.protocols.requests;

/** Central's answer to a {@link RefundAuthorizationRequest}. */
public enum RefundDecision {
  /** The card refund may be issued: no sale line of the request is refunded elsewhere. */
  APPROVED,
  /** Refused; the response names the rule and gives a sentence the POS can show. */
  DECLINED,
  /** Central cannot decide now (payment gateway not healthy): the store falls back to deferral. */
  UNAVAILABLE
}
