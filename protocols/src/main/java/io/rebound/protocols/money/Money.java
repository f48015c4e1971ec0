package io.rebound.protocols.money;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * A non-negative amount of money in an ISO 4217 currency, held at exactly the currency's minor-unit
 * scale (2 for USD and EUR, 0 for JPY, 3 for KWD). Never a floating-point number: on the wire the
 * amount is a decimal string, {@code {"amount":"49.99","currency":"USD"}}.
 *
 * <p>Amounts with more fraction digits than the currency allows are rejected rather than rounded: a
 * POS that sends {@code 10.001 USD} has a bug that must be seen.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,4})?");
  private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

  public Money {
    Checks.required(amount, "amount");
    Checks.required(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new InvalidMessageException(
          "currency", "iso-4217", currency.getCurrencyCode() + " has no minor unit");
    }
    if (amount.signum() < 0) {
      throw new InvalidMessageException("amount", "non-negative", "must not be negative");
    }
    if (amount.stripTrailingZeros().scale() > digits) {
      throw new InvalidMessageException(
          "amount",
          "currency-scale",
          "has more than "
              + digits
              + " fraction digit(s), the scale of "
              + currency.getCurrencyCode());
    }
    amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
  }

  /** Parses a decimal string and an ISO 4217 code, naming {@code amount} or {@code currency}. */
  public static Money of(String amount, String currencyCode) {
    Checks.required(amount, "amount");
    if (!DECIMAL.matcher(amount).matches()) {
      throw new InvalidMessageException(
          "amount",
          amount.startsWith("-") ? "non-negative" : "decimal-string",
          amount.startsWith("-")
              ? "must not be negative"
              : "must be a plain decimal string such as \"49.99\"");
    }
    return new Money(new BigDecimal(amount), currency(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** Resolves an ISO 4217 alphabetic code, rejecting unknown ones. */
  public static Currency currency(String code) {
    Checks.required(code, "currency");
    if (!ISO_CODE.matcher(code).matches()) {
      throw new InvalidMessageException(
          "currency", "iso-4217", "must be a three-letter ISO 4217 code");
    }
    try {
      Currency c = Currency.getInstance(code);
      if (c.getDefaultFractionDigits() < 0) {
        throw new InvalidMessageException(
            "currency", "iso-4217", code + " is not a money currency");
      }
      return c;
    } catch (IllegalArgumentException e) {
      if (e instanceof InvalidMessageException ime) {
        throw ime;
      }
      throw new InvalidMessageException(
          "currency", "iso-4217", code + " is not an ISO 4217 currency");
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** {@code this - other}; fails if the result would be negative. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public Money times(int quantity) {
    if (quantity < 0) {
      throw new InvalidMessageException("quantity", "non-negative", "must not be negative");
    }
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  /** Amount in minor units (cents), exact. */
  public long minorUnits() {
    return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
  }

  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Plain decimal string at the currency's scale, e.g. {@code "49.99"}. */
  public String amountText() {
    return amount.toPlainString();
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new InvalidMessageException(
          "currency",
          "same-currency",
          "cannot combine "
              + currency.getCurrencyCode()
              + " with "
              + other.currency.getCurrencyCode());
    }
  }

  @Override
  public String toString() {
    return amountText() + " " + currency.getCurrencyCode();
  }
}
