package io.rebound.protocols.returns;

/** What a rule decided about a return. */
public enum DecisionEffect {
  ACCEPT,
  DEFER,
  REQUIRE_APPROVAL,
  REJECT
}
