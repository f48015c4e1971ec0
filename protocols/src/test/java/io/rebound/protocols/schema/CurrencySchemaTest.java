package io.rebound.protocols.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.testing.ContractExamples;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The schema's currency list and per-currency scale rules are the JDK's ISO 4217 data, so that the
 * schema and {@link io.rebound.protocols.money.Money} accept exactly the same amounts.
 */
class CurrencySchemaTest {
  private static final JsonNode MONEY = SchemaTree.load("common.schema.json").at("/$defs/money");

  @Test
  void the_schema_lists_exactly_the_jdk_currencies_that_have_a_minor_unit() {
    Set<String> jdk =
        Currency.getAvailableCurrencies().stream()
            .filter(c -> c.getDefaultFractionDigits() >= 0)
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(texts(SchemaTree.load("common.schema.json").at("/$defs/currencyCode/enum")))
        .containsExactlyInAnyOrderElementsOf(jdk);
  }

  @Test
  void
      every_currency_accepts_its_full_scale_and_rejects_one_digit_more_in_both_schema_and_record() {
    for (String code :
        texts(SchemaTree.load("common.schema.json").at("/$defs/currencyCode/enum"))) {
      int digits = Currency.getInstance(code).getDefaultFractionDigits();
      String full = digits == 0 ? "12" : "12." + "5".repeat(digits);
      String tooFine = "12." + "5".repeat(digits + 1);

      assertThat(schemaAccepts(code, full)).as("schema %s %s", full, code).isTrue();
      assertThat(recordAccepts(code, full)).as("record %s %s", full, code).isTrue();
      if (digits < 4) {
        assertThat(schemaAccepts(code, tooFine)).as("schema %s %s", tooFine, code).isFalse();
      }
      assertThat(recordAccepts(code, tooFine)).as("record %s %s", tooFine, code).isFalse();
    }
  }

  @Test
  void the_scale_rules_cover_the_zero_two_and_three_digit_currencies() {
    List<Integer> digitsCovered =
        StreamSupport.stream(MONEY.path("allOf").spliterator(), false)
            .map(rule -> texts(rule.at("/if/properties/currency/enum")))
            .map(codes -> Currency.getInstance(codes.get(0)).getDefaultFractionDigits())
            .toList();

    assertThat(digitsCovered).containsExactly(0, 2, 3);
  }

  private static boolean schemaAccepts(String currency, String amount) {
    return MessageSchemas.instance()
        .violations(MessageKind.RETURN_REQUEST, request(currency, amount))
        .isEmpty();
  }

  private static boolean recordAccepts(String currency, String amount) {
    try {
      ProtocolJson.decode(request(currency, amount), ReturnRequest.class);
      return true;
    } catch (InvalidMessageException e) {
      return false;
    }
  }

  private static JsonNode request(String currency, String amount) {
    ObjectNode request =
        ContractExamples.valid(MessageKind.RETURN_REQUEST).stream()
            .filter(v -> !v.json().has("originalSale"))
            .findFirst()
            .orElseThrow()
            .json()
            .deepCopy();
    ObjectNode price = (ObjectNode) request.get("lines").get(0).get("unitPrice");
    price.put("amount", amount);
    price.put("currency", currency);
    return request;
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
