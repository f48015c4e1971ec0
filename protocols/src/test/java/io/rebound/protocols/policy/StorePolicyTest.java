package io.rebound.protocols.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.testing.ContractExamples;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorePolicyTest {

  @Test
  void built_in_defaults_are_the_product_table_and_match_the_shipped_example() {
    StorePolicy defaults = StorePolicy.defaults();

    assertThat(defaults.policyVersion()).isZero();
    assertThat(defaults.offline().cashPerReturnCap()).isEqualTo(Money.of("200.00", "USD"));
    assertThat(defaults.offline().cashPerStorePerDayCap()).isEqualTo(Money.of("1000.00", "USD"));
    assertThat(defaults.offline().maxDuration()).isEqualTo(Duration.ofHours(72));
    assertThat(defaults.noReceipt().offlineStoreCreditCap()).isEqualTo(Money.of("50.00", "USD"));
    assertThat(defaults.noReceipt().perCustomerPerDay()).isEqualTo(1);
    assertThat(defaults.returnWindow().daysFor(null)).isEqualTo(30);
    assertThat(defaults.zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(ProtocolJson.toTree(defaults))
        .isEqualTo(example("built-in-defaults-usd.json").json());
  }

  @Test
  void a_category_window_overrides_the_default_and_unknown_categories_fall_back() {
    StorePolicy tokyo =
        ProtocolJson.decode(
            example("tokyo-jpy-categories-and-approval.json").json(), StorePolicy.class);

    assertThat(tokyo.returnWindow().daysFor("electronics")).isEqualTo(14);
    assertThat(tokyo.returnWindow().daysFor("final-sale")).isZero();
    assertThat(tokyo.returnWindow().daysFor("toys")).isEqualTo(30);
    assertThat(tokyo.currencyUnit().getCurrencyCode()).isEqualTo("JPY");
    assertThat(tokyo.managerApproval().returnTotalAbove()).isEqualTo(Money.of("300000", "JPY"));
  }

  @Test
  void collections_are_copied_so_later_changes_to_the_input_do_not_leak_in() {
    Map<String, Integer> categories = new HashMap<>(Map.of("toys", 10));
    ReturnWindow window = ReturnWindow.of(30, categories);
    categories.put("toys", 99);

    assertThat(window.daysFor("toys")).isEqualTo(10);
    assertThat(window.byCategory()).isUnmodifiable();
  }

  @Test
  void a_null_category_window_names_the_category() {
    Map<String, Integer> categories = new HashMap<>();
    categories.put("toys", null);

    InvalidMessageException e =
        catchThrowableOfType(InvalidMessageException.class, () -> ReturnWindow.of(30, categories));

    assertThat(e.field()).isEqualTo("byCategory.toys");
    assertThat(e.rule()).isEqualTo("required");
  }

  @Test
  void the_policy_currency_rule_names_the_offending_amount() {
    StorePolicy d = StorePolicy.defaults();

    InvalidMessageException e =
        catchThrowableOfType(
            InvalidMessageException.class,
            () ->
                StorePolicy.of(
                    3,
                    "EUR",
                    "Europe/Paris",
                    d.returnWindow(),
                    List.of(ItemCondition.UNOPENED),
                    OfflineLimits.of(72, Money.of("200.00", "EUR"), Money.of("1000.00", "EUR")),
                    d.noReceipt(),
                    null));

    assertThat(e.field()).isEqualTo("noReceipt.offlineStoreCreditCap.currency");
    assertThat(e.rule()).isEqualTo("policy-currency");
    assertThat(e.detail()).contains("EUR", "USD");
  }

  private static ContractExamples.Valid example(String name) {
    return ContractExamples.valid(MessageKind.STORE_POLICY).stream()
        .filter(v -> v.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
