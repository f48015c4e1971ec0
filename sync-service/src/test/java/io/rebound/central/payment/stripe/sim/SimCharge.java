package io.rebound.central.payment.stripe.sim;

/**
 * A charge seeded by a test: its ids, amount and currency, how much is refunded, and how the
 * simulator answers refunds of it.
 */
public final class SimCharge {
  /** How refunds of a charge end. */
  public enum Behaviour {
    SUCCEED,
    PENDING,
    FAIL,
    /** Every refund request is a 402 card_error (stored under the idempotency key). */
    DECLINE
  }

  private final String chargeId;
  private final String paymentIntentId;
  private final long amount;
  private final String currency;
  private final Behaviour behaviour;
  private long refunded;

  SimCharge(
      String chargeId,
      String paymentIntentId,
      long amount,
      String currency,
      long refunded,
      Behaviour behaviour) {
    this.chargeId = chargeId;
    this.paymentIntentId = paymentIntentId;
    this.amount = amount;
    this.currency = currency;
    this.refunded = refunded;
    this.behaviour = behaviour;
  }

  public String chargeId() {
    return chargeId;
  }

  public String paymentIntentId() {
    return paymentIntentId;
  }

  public long amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  Behaviour behaviour() {
    return behaviour;
  }

  synchronized long refunded() {
    return refunded;
  }

  synchronized void addRefunded(long minor) {
    refunded += minor;
  }

  boolean matches(String reference) {
    return chargeId.equals(reference) || paymentIntentId.equals(reference);
  }
}
