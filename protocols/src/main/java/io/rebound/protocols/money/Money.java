package io.rebound.protocols.money;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative amount of money in an ISO 4217 currency, held at exactly the currency's minor-unit
 * scale (2 for USD and EUR, 0 for JPY, 3 for KWD and BHD). Never a floating-point number: on the
 * wire the amount is a decimal string, {@code {"amount":"49.99","currency":"USD"}}.
 *
 * <p>Guarantees: {@link #amount()} is never negative, has at most {@value #MAX_INTEGER_DIGITS}
 * integer digits (so {@link #minorUnits()} always fits a {@code long}) and its scale equals the
 * currency's default fraction digits. Amounts with more fraction digits than the currency allows
 * are rejected rather than rounded: a POS that sends {@code 10.001 USD} has a bug that must be
 * seen. {@link #of(String, String)} is stricter still: it takes only a plain decimal string (no
 * sign, exponent, spaces or leading zeros) with at most the currency's number of fraction digits.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  /** Largest number of digits before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 15;

  private static final Pattern DECIMAL = Pattern.compile("(0|[1-9]\\d{0,14})(\\.(\\d{1,4}))?");
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
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidMessageException(
          "amount", "max", "must have at most " + MAX_INTEGER_DIGITS + " integer digits");
    }
    if (amount.stripTrailingZeros().scale() > digits) {
      throw scaleViolation(currency);
    }
    amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
  }

  /**
   * Parses a plain decimal string and an ISO 4217 code, naming {@code amount} or {@code currency}
   * and the rule: {@code non-negative}, {@code decimal-string}, {@code iso-4217} or {@code
   * currency-scale} (more fraction digits than the currency has, even if they are zeros).
   */
  public static Money of(String amount, String currencyCode) {
    Checks.required(amount, "amount");
    Matcher m = DECIMAL.matcher(amount);
    if (!m.matches()) {
      if (amount.startsWith("-") && DECIMAL.matcher(amount.substring(1)).matches()) {
        throw new InvalidMessageException("amount", "non-negative", "must not be negative");
      }
      throw new InvalidMessageException(
          "amount",
          "decimal-string",
          "must be a plain decimal string such as \"49.99\" (at most "
              + MAX_INTEGER_DIGITS
              + " integer digits; no sign, exponent, spaces or leading zeros)");
    }
    Currency currency = currency(currencyCode);
    int fraction = m.group(3) == null ? 0 : m.group(3).length();
    if (fraction > currency.getDefaultFractionDigits()) {
      throw scaleViolation(currency);
    }
    return new Money(new BigDecimal(amount), currency);
  }

  private static InvalidMessageException scaleViolation(Currency currency) {
    return new InvalidMessageException(
        "amount",
        "currency-scale",
        "has more than "
            + currency.getDefaultFractionDigits()
            + " fraction digit(s), the scale of "
            + currency.getCurrencyCode());
  }

  /** Zero in {@code currency}, at its scale. */
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

  /** {@code this + other}; same currency only (rule {@code same-currency}). */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** {@code this - other}; fails if the result would be negative. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** {@code this × quantity}; {@code quantity} must not be negative. */
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

  /** The amount of {@code minorUnits} (cents, fils, yen) of {@code currency}. */
  public static Money ofMinor(long minorUnits, Currency currency) {
    Checks.required(currency, "currency");
    return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
  }

  /** Whether the amount is zero. */
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
