package io.rebound.protocols.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.schema.MessageSchemas;
import io.rebound.testing.ContractExamples;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolJsonTest {
  private static final JsonNode CARD = example(MessageKind.RETURN_REQUEST, "product-brief-card");
  private static final JsonNode KWD =
      example(MessageKind.RETURN_REQUEST, "kwd-multi-line-split-tender");
  private static final JsonNode ENVELOPE =
      example(MessageKind.EVENT_ENVELOPE, "return-accepted-kwd-minor-1-7");

  @Test
  void the_product_brief_body_decodes_into_the_canonical_return() {
    ReturnRequest request = ProtocolJson.decode(CARD, ReturnRequest.class);

    assertThat(request.terminalId().value()).isEqualTo("POS-01");
    assertThat(request.receipted()).isTrue();
    assertThat(request.total().toString()).isEqualTo("49.99 USD");
    assertThat(request.originalSale().tenders().get(0).paymentReference()).isEqualTo("ch_123");
  }

  @ParameterizedTest(name = "{0} = {1} -> {2} ({3})")
  @CsvSource({
    "/lines/0/unitPrice/amount, '\"1.0001\"', lines[0].unitPrice.amount, currency-scale",
    "/lines/0/sku, 'true', lines[0].sku, type",
    "/lines/0/sku, '12.5', lines[0].sku, type",
    "/lines/0/reason, '\"\"', lines[0].reason, enum",
    "/lines/0/quantity, 'true', lines[0].quantity, type",
    "/lines/0/quantity, '\"\"', lines[0].quantity, type",
    "/lines/0/saleLineId, '{}', lines[0].saleLineId, type",
    "/originalSale, '\"\"', originalSale, type",
    "/originalSale/tenders/0, 'null', originalSale.tenders[0], required",
    "/lines/1/unitPrice/amount, '12.3', lines[1].unitPrice.amount, decimal-string",
    "/lines/1/quantity, '0', lines[1].quantity, range",
    "/lines/1/condition, '\"MINT\"', lines[1].condition, enum",
    "/originalSale/tenders/1/amount/currency, '\"kwd\"', originalSale.tenders[1].amount.currency, iso-4217",
    "/originalSale/tenders/0/amount, '\"20.000 KWD\"', originalSale.tenders[0].amount, type",
    "/originalSale/tenders/0/paymentReference, '\"\"', originalSale.tenders[0].paymentReference, not-blank",
    "/originalSale/tenders/0/type, 'null', originalSale.tenders[0].type, required",
    "/originalSale/soldAt, '\"yesterday\"', originalSale.soldAt, date-time",
    "/customer/customerId, '42', customer.customerId, type",
    "/lines, '{}', lines, type",
    "/terminalId, '[\"POS-01\"]', terminalId, type"
  })
  void nested_errors_name_the_full_field_path(
      String pointer, String value, String field, String rule) {
    JsonNode message = with(KWD, pointer, value);

    assertThatThrownBy(() -> ProtocolJson.decode(message, ReturnRequest.class))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
              assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule);
            });
  }

  @ParameterizedTest(name = "{0} = {1} -> {2} ({3})")
  @CsvSource({
    "/payload/request/lines/1/quantity, '10000', payload.request.lines[1].quantity, range",
    "/payload/request/lines/0/unitPrice/amount, '\"-1.000\"', payload.request.lines[0].unitPrice.amount, non-negative",
    "/payload/refund/amount/currency, '\"XXX\"', payload.refund.amount.currency, iso-4217",
    "/payload/decisions/0/effect, '\"MAYBE\"', payload.decisions[0].effect, enum",
    "/payload/returnId, '\"not-a-uuid\"', payload.returnId, format",
    "/payload/storeId, '\"other-store\"', payload.storeId, same-store",
    "/payload, '[]', payload, type",
    "/schemaVersion, '\"3.1\"', schemaVersion, supported-major"
  })
  void envelope_errors_inside_the_payload_are_prefixed_with_payload(
      String pointer, String value, String field, String rule) {
    JsonNode message = with(ENVELOPE, pointer, value);

    assertThatThrownBy(() -> ProtocolJson.decode(message, EventEnvelope.class))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
              assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule);
            });
  }

  @Test
  void an_unknown_major_is_rejected_before_anything_else_is_read() {
    ObjectNode future = ENVELOPE.deepCopy();
    future.put("schemaVersion", "2.0");
    future.put("type", "return.renamed-in-v2");
    future.remove("eventId");

    assertThatThrownBy(() -> ProtocolJson.decode(future, EventEnvelope.class))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("supported-major");
              assertThat(e.getMessage()).contains("2.0", "1.0");
            });
  }

  @ParameterizedTest
  @CsvSource({"1.0, 1", "1e0, 1", "2.000, 2", "1E1, 10"})
  void integral_numbers_written_with_a_fraction_or_exponent_are_integers_in_schema_and_record(
      String written, int quantity) {
    JsonNode message = with(CARD, "/lines/0/quantity", written);

    assertThat(MessageSchemas.instance().violations(MessageKind.RETURN_REQUEST, message)).isEmpty();
    assertThat(ProtocolJson.decode(message, ReturnRequest.class).lines().get(0).quantity())
        .isEqualTo(quantity);
  }

  @Test
  void an_envelope_sequence_follows_the_same_integer_rule() {
    JsonNode integral = with(ENVELOPE, "/sequence", "7.0");
    JsonNode fractional = with(ENVELOPE, "/sequence", "7.5");

    assertThat(ProtocolJson.decode(integral, EventEnvelope.class).sequence()).isEqualTo(7);
    assertThatThrownBy(() -> MessageSchemas.instance().validateEvent(fractional))
        .isInstanceOf(InvalidMessageException.class);
    assertThatThrownBy(() -> ProtocolJson.decode(fractional, EventEnvelope.class))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo("sequence");
              assertThat(e.rule()).isEqualTo("type");
            });
  }

  @Test
  void explicit_nulls_mean_absent_and_are_not_written_back() {
    ObjectNode withNulls = CARD.deepCopy();
    withNulls.putNull("customer");
    withNulls.putNull("originalSale");

    ReturnRequest request = ProtocolJson.decode(withNulls, ReturnRequest.class);

    assertThat(request.customer()).isNull();
    assertThat(request.receipted()).isFalse();
    assertThat(ProtocolJson.toTree(request).has("customer")).isFalse();
    assertThat(ProtocolJson.toJson(request)).doesNotContain("null");
  }

  @Test
  void fields_added_by_a_later_minor_version_are_tolerated() {
    ObjectNode newer = CARD.deepCopy();
    newer.put("loyaltyTier", "GOLD");
    ((ObjectNode) newer.get("lines").get(0)).put("serialNumber", "SN-1");

    assertThat(ProtocolJson.decode(newer, ReturnRequest.class))
        .isEqualTo(ProtocolJson.decode(CARD, ReturnRequest.class));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | json-syntax",
        "'   ' | json-syntax",
        "'{' | json-syntax",
        "'{\"terminalId\":}' | json-syntax",
        "'null' | type",
        "'[]' | type",
        "'42' | type",
        "'\"POS-01\"' | type",
        "'{\"terminalId\":\"POS-01\",\"terminalId\":\"POS-02\"}' | json-syntax"
      })
  void malformed_bodies_are_invalid_messages_never_other_exceptions(String body, String rule) {
    assertThatThrownBy(() -> ProtocolJson.decode(body, ReturnRequest.class))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule);
              assertThat(e.getMessage()).doesNotContain("com.fasterxml", "io.rebound", "Source:");
            });
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ProtocolJson.decode(bytes, ReturnRequest.class))
        .isInstanceOf(InvalidMessageException.class);
  }

  @Test
  void hostile_sizes_are_invalid_messages_not_crashes() {
    String deep = "{\"terminalId\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    String longNumber = "{\"lines\":[{\"quantity\":" + "9".repeat(5_000) + "}]}";
    String manyLines =
        "{\"terminalId\":\"P\",\"refundPreference\":\"CASH\",\"lines\":["
            + String.join(",", java.util.Collections.nCopies(201, line()))
            + "]}";

    assertThatThrownBy(() -> ProtocolJson.decode(deep, ReturnRequest.class))
        .isInstanceOf(InvalidMessageException.class);
    assertThatThrownBy(() -> ProtocolJson.parseTree(deep.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> assertThat(e.getMessage()).contains("depth").doesNotContain("Constraints"));
    assertThatThrownBy(() -> ProtocolJson.decode(longNumber, ReturnRequest.class))
        .isInstanceOf(InvalidMessageException.class);
    assertThatThrownBy(() -> ProtocolJson.decode(manyLines, ReturnRequest.class))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo("lines");
              assertThat(e.rule()).isEqualTo("max-items");
            });
  }

  private static String line() {
    return ProtocolJson.toJson(CARD.get("lines").get(0));
  }

  @Test
  void invalid_utf8_is_a_syntax_error() {
    byte[] body = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};

    assertThatThrownBy(() -> ProtocolJson.decode(body, ReturnRequest.class))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.rule()).isEqualTo("json-syntax"));
  }

  @Test
  void parse_tree_rejects_an_empty_document() {
    assertThatThrownBy(() -> ProtocolJson.parseTree(new byte[0]))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.rule()).isEqualTo("json-syntax"));
  }

  private static JsonNode with(JsonNode base, String pointer, String valueJson) {
    ObjectNode copy = base.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    JsonNode value = ProtocolJson.parseTree(valueJson.getBytes(StandardCharsets.UTF_8));
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return copy;
  }

  private static JsonNode example(MessageKind kind, String name) {
    return ContractExamples.valid(kind).stream()
        .filter(v -> v.name().equals(name + ".json"))
        .findFirst()
        .orElseThrow()
        .json();
  }
}
