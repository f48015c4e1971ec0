package io.rebound.protocols.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.testing.ContractExamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Not blank" and "at most N characters" mean the same thing to the schema and the records. */
class TextRulesAgreementTest {

  @Test
  void schema_and_record_agree_on_which_single_characters_are_blank() {
    List<String> disagreements = new ArrayList<>();
    for (int c = 0; c <= 0x3000; c++) {
      if (c > 0x7f && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        continue; // ordinary letters and symbols above ASCII behave like ASCII letters
      }
      String sku = Character.toString(c);
      if (schemaAccepts(sku) != recordAccepts(sku)) {
        disagreements.add(String.format("U+%04X", c));
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(recordAccepts("\u2003")).isFalse();
    assertThat(recordAccepts("\u00a0")).isTrue();
  }

  @Test
  void length_limits_count_code_points_like_json_schema() {
    String emoji = "\uD83D\uDCE6"; // one code point, two UTF-16 chars

    assertThat(schemaAccepts(emoji.repeat(64))).isTrue();
    assertThat(recordAccepts(emoji.repeat(64))).isTrue();
    assertThat(schemaAccepts(emoji.repeat(65))).isFalse();
    assertThat(recordAccepts(emoji.repeat(65))).isFalse();
  }

  private static boolean schemaAccepts(String sku) {
    return MessageSchemas.instance().violations(MessageKind.RETURN_REQUEST, request(sku)).isEmpty();
  }

  private static boolean recordAccepts(String sku) {
    try {
      ProtocolJson.decode(request(sku), ReturnRequest.class);
      return true;
    } catch (InvalidMessageException e) {
      return false;
    }
  }

  private static JsonNode request(String sku) {
    ObjectNode request =
        ContractExamples.valid(MessageKind.RETURN_REQUEST).get(0).json().deepCopy();
    ((ObjectNode) request.get("lines").get(0)).put("sku", sku);
    return request;
  }
}
