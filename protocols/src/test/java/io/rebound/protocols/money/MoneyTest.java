package io.rebound.protocols.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest(name = "{0} {1} is held as {2}")
  @CsvSource({
    "49.99, USD, 49.99",
    "49.9, USD, 49.90",
    "50, USD, 50.00",
    "0, EUR, 0.00",
    "4980, JPY, 4980",
    "12.345, KWD, 12.345",
    "12.3, KWD, 12.300",
    "0.5, BHD, 0.500",
    "999999999999999.99, USD, 999999999999999.99",
    "1.2345, CLF, 1.2345"
  })
  void amount_is_held_at_the_currency_scale(String amount, String currency, String held) {
    Money money = Money.of(amount, currency);

    assertThat(money.amountText()).isEqualTo(held);
    assertThat(money.amount().scale())
        .isEqualTo(Currency.getInstance(currency).getDefaultFractionDigits());
  }

  @ParameterizedTest(name = "{0} {1} is rejected: {2} {3}")
  @CsvSource({
    "49.999, USD, amount, currency-scale",
    "49.990, USD, amount, currency-scale",
    "4980.5, JPY, amount, currency-scale",
    "4980.0, JPY, amount, currency-scale",
    "1.2345, KWD, amount, currency-scale",
    "1.2345, BHD, amount, currency-scale",
    "-1.00, USD, amount, non-negative",
    "-0, USD, amount, non-negative",
    "1e3, USD, amount, decimal-string",
    "'  1.00', USD, amount, decimal-string",
    "'1.00 ', USD, amount, decimal-string",
    "+1.00, USD, amount, decimal-string",
    "01.00, USD, amount, decimal-string",
    "1., USD, amount, decimal-string",
    ".5, USD, amount, decimal-string",
    "'1,00', USD, amount, decimal-string",
    "NaN, USD, amount, decimal-string",
    "١٢, USD, amount, decimal-string",
    "1000000000000000, USD, amount, decimal-string",
    "'', USD, amount, decimal-string",
    "1.00, usd, currency, iso-4217",
    "1.00, US, currency, iso-4217",
    "1.00, ABC, currency, iso-4217",
    "1.00, XAU, currency, iso-4217",
    "1.00, XXX, currency, iso-4217"
  })
  void malformed_amounts_and_currencies_are_rejected_naming_field_and_rule(
      String amount, String currency, String field, String rule) {
    assertThatThrownBy(() -> Money.of(amount, currency))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  @Test
  void missing_parts_are_required() {
    assertThatThrownBy(() -> Money.of(null, "USD"))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThatThrownBy(() -> Money.of("1.00", null))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("currency"));
  }

  @Test
  void a_huge_big_decimal_is_rejected_so_minor_units_always_fit_a_long() {
    Currency usd = Currency.getInstance("USD");

    assertThatThrownBy(() -> new Money(new BigDecimal("1E+15"), usd))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.rule()).isEqualTo("max"));
    Money largest = new Money(new BigDecimal("999999999999999.99"), usd);
    assertThat(largest.minorUnits()).isEqualTo(99_999_999_999_999_999L);
    assertThatThrownBy(() -> largest.plus(Money.of("0.01", "USD")))
        .isInstanceOf(InvalidMessageException.class);
  }

  @Test
  void a_computed_amount_with_trailing_zeros_is_normalised_not_rejected() {
    Money money = new Money(new BigDecimal("10.0000"), Currency.getInstance("USD"));

    assertThat(money.amountText()).isEqualTo("10.00");
    assertThat(money).isEqualTo(Money.of("10", "USD"));
  }

  @Test
  void arithmetic_is_exact_and_stays_in_one_currency() {
    Money a = Money.of("0.10", "USD");
    Money b = Money.of("0.20", "USD");

    assertThat(a.plus(b)).isEqualTo(Money.of("0.30", "USD"));
    assertThat(b.minus(a)).isEqualTo(a);
    assertThat(Money.of("4.115", "KWD").times(3)).isEqualTo(Money.of("12.345", "KWD"));
    assertThat(Money.of("4980", "JPY").times(0).isZero()).isTrue();
    assertThat(a.compareTo(b)).isNegative();
    assertThat(Money.of("49.99", "USD").minorUnits()).isEqualTo(4999);
    assertThat(Money.ofMinor(12345, Currency.getInstance("KWD")))
        .isEqualTo(Money.of("12.345", "KWD"));
    assertThat(Money.ofMinor(4980, Currency.getInstance("JPY")).amountText()).isEqualTo("4980");
    assertThat(Money.zero(Currency.getInstance("BHD")).amountText()).isEqualTo("0.000");
    assertThat(Money.of("49.99", "USD")).hasToString("49.99 USD");
  }

  @Test
  void arithmetic_refuses_negative_results_and_mixed_currencies() {
    Money usd = Money.of("1.00", "USD");

    assertThatThrownBy(() -> usd.minus(Money.of("1.01", "USD")))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.rule()).isEqualTo("non-negative"));
    assertThatThrownBy(() -> usd.plus(Money.of("1.00", "EUR")))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.rule()).isEqualTo("same-currency"));
    assertThatThrownBy(() -> usd.compareTo(Money.of("1", "JPY")))
        .isInstanceOf(InvalidMessageException.class);
    assertThatThrownBy(() -> usd.times(-1)).isInstanceOf(InvalidMessageException.class);
  }

  @Test
  void equal_amounts_written_differently_are_equal_values() {
    assertThat(Money.of("7.5", "EUR")).isEqualTo(Money.of("7.50", "EUR"));
    assertThat(Money.of("7.5", "EUR").hashCode()).isEqualTo(Money.of("7.50", "EUR").hashCode());
    assertThat(Money.of("7.50", "EUR")).isNotEqualTo(Money.of("7.50", "USD"));
  }
}
