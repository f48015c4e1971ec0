package io.rebound.edge.returns.policy;

import java.util.Objects;

/**
 * What central said about an ONLINE card refund, asked before the accept task and passed to the
 * policy as data (the policy itself never talks to central).
 */
public sealed interface CentralAnswer {
  /** Not asked: not ONLINE, or not a card refund to the original tender. */
  record NotAsked() implements CentralAnswer {}

  /** Asked, but no answer within {@code rebound.refund.central-timeout} (or not sent). */
  record NoAnswer() implements CentralAnswer {}

  /** Central cannot decide now (its payment gateway is not healthy). */
  record Unavailable() implements CentralAnswer {}

  /** Central approved the card refund under {@code authorizationId}. */
  record Approved(String authorizationId) implements CentralAnswer {
    public Approved {
      Objects.requireNonNull(authorizationId, "authorizationId");
    }
  }

  /** Central declined: {@code rule} and the sentence the POS shows. */
  record Declined(String rule, String message) implements CentralAnswer {
    public Declined {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(message, "message");
    }
  }

  static CentralAnswer notAsked() {
    return new NotAsked();
  }
}
