package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;

/**
 * One rule that fired while deciding a return: its stable name (e.g. {@code
 * refund.deferred-to-central}), its effect, and a sentence the POS can show. Guarantees: {@code
 * rule} is 1–100 characters, {@code message} 1–500, neither blank; {@code effect} is set.
 */
public record Decision(String rule, DecisionEffect effect, String message) {
  public Decision {
    Checks.text(rule, "rule", 100);
    Checks.required(effect, "effect");
    Checks.text(message, "message", 500);
  }

  /** A validated decision. */
  public static Decision of(String rule, DecisionEffect effect, String message) {
    return new Decision(rule, effect, message);
  }
}
