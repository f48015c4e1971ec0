package io.rebound.protocols.policy;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.money.Money;
import java.util.Currency;

/** Range and currency checks shared by the policy records; each names field and rule. */
final class PolicyChecks {
  private PolicyChecks() {}

  /** {@code value} within {@code min..max} (rule {@code range}). */
  static int range(int value, String field, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidMessageException(
          field, "range", "must be between " + min + " and " + max + " but is " + value);
    }
    return value;
  }

  /** {@code amount} in the policy's {@code currency} (rule {@code policy-currency}). */
  static void sameCurrency(Money amount, Currency currency, String field) {
    if (!amount.currency().equals(currency)) {
      throw new InvalidMessageException(
          field + ".currency",
          "policy-currency",
          "must be the policy currency "
              + currency.getCurrencyCode()
              + " but is "
              + amount.currency().getCurrencyCode());
    }
  }
}
