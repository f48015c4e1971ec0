package io.rebound.central.payment.sandbox;

import io.rebound.central.payment.RefundCommand;
import io.rebound.protocols.money.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * When the sandbox declines, deterministically, so a demo can show a decline:
 *
 * <ul>
 *   <li>payment reference starting with {@code ch_decline} or {@code pi_decline}: {@code
 *       card_declined};
 *   <li>payment reference starting with {@code ch_refunded} or {@code pi_refunded}: {@code
 *       charge_already_refunded};
 *   <li>amount above {@value #LIMIT_MAJOR_UNITS} in the currency's major units: {@code
 *       amount_too_large}.
 * </ul>
 *
 * Everything else succeeds at once.
 */
final class SandboxRules {
  /** The largest single refund the sandbox settles, in major units of any currency. */
  static final String LIMIT_MAJOR_UNITS = "10000";

  private static final BigDecimal LIMIT = new BigDecimal(LIMIT_MAJOR_UNITS);

  private SandboxRules() {}

  /** The decline for {@code command}, if a rule declines it. */
  static Optional<Decline> decline(RefundCommand command) {
    String reference = command.paymentReference();
    if (reference.startsWith("ch_decline") || reference.startsWith("pi_decline")) {
      return Optional.of(
          new Decline("card_declined", "SANDBOX declined the refund: the card was declined"));
    }
    if (reference.startsWith("ch_refunded") || reference.startsWith("pi_refunded")) {
      return Optional.of(
          new Decline(
              "charge_already_refunded",
              "SANDBOX declined the refund: charge " + reference + " is already refunded"));
    }
    Money amount = command.amount();
    if (amount.amount().compareTo(LIMIT) > 0) {
      return Optional.of(
          new Decline(
              "amount_too_large",
              "SANDBOX declined the refund: "
                  + amount
                  + " is above the sandbox limit of "
                  + LIMIT_MAJOR_UNITS
                  + " per refund"));
    }
    return Optional.empty();
  }

  /** A decline code and sentence, as a gateway would give them. */
  record Decline(String code, String message) {}
}
