package io.rebound.edge.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.security.CardNumbers;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Card numbers (PANs) in any string of a POS request are refused with a 400 naming the field and
 * rule {@code card-number-forbidden}, never echoed; afterwards neither the SQLite file, its WAL nor
 * the app's log contains one.
 */
@QuarkusTest
@TestProfile(CardDataProfile.class)
class CardDataTest {
  /** Visa test number in the forms a cashier might type it, and a Mastercard and an Amex. */
  private static final List<String> PANS =
      List.of("4111111111111111", "5555 5555 5555 4444", "3782-822463-10005");

  private static final String CARD_RETURN =
      """
      {"terminalId":"POS-01","originalSale":{"saleId":"WEB-%s","channel":"ECOMMERCE",\
      "soldAt":"%s","tenders":[{"type":"CARD","amount":{"amount":"49.99",\
      "currency":"USD"},"paymentReference":"ch_123"}]},"customer":{"customerId":"C-889"},\
      "lines":[{"sku":"SKU-1","quantity":1,"unitPrice":{"amount":"49.99","currency":"USD"},\
      "reason":"WRONG_SIZE","condition":"UNOPENED"}],"refundPreference":"ORIGINAL_TENDER"}""";

  private static final String CASH_RETURN =
      """
      {"terminalId":"POS-01","originalSale":{"saleId":"WEB-%s","channel":"STORE",\
      "soldAt":"%s","tenders":[{"type":"CASH","amount":{"amount":"450.00",\
      "currency":"USD"}}]},"customer":{"customerId":"C-%s"},\
      "lines":[{"sku":"SKU-2","quantity":1,"unitPrice":{"amount":"450.00","currency":"USD"},\
      "reason":"WRONG_SIZE","condition":"UNOPENED"}],"refundPreference":"ORIGINAL_TENDER"}""";

  private static final String INSPECTION =
      """
      {"inspectedBy":"manager Ana","lines":[{"lineIndex":0,"sku":"SKU-2","quantity":1,\
      "disposition":"DEFECTIVE","vendorId":"V-1","note":"scratched"}]}""";

  private static final String APPROVAL =
      "{\"decision\":\"APPROVED\",\"manager\":\"M. Jones\",\"reason\":\"regular customer\"}";

  @Test
  void a_pan_in_any_string_of_any_pos_body_is_refused_naming_the_field_and_nothing_leaks() {
    String held = post("/api/v1/returns", cashReturn());
    int refused = 0;
    for (Map.Entry<String, String> body : withPanInEveryString(cardReturn()).entrySet()) {
      refused += expectRefused("/api/v1/returns", key(), body.getValue(), body.getKey());
    }
    String inspectPath = "/api/v1/returns/" + held + "/inspection";
    for (Map.Entry<String, String> body : withPanInEveryString(INSPECTION).entrySet()) {
      refused += expectRefused(inspectPath, key(), body.getValue(), body.getKey());
    }
    String approvePath = "/api/v1/returns/" + held + "/approval";
    for (Map.Entry<String, String> body : withPanInEveryString(APPROVAL).entrySet()) {
      refused += expectRefused(approvePath, key(), body.getValue(), body.getKey());
    }
    assertThat(refused).isGreaterThanOrEqualTo(20);
    // a PAN as a bare JSON number and inside a body that is not even JSON
    expectRefused("/api/v1/returns", key(), "{\"terminalId\":4111111111111111}", "terminalId");
    expectRefused("/api/v1/returns", key(), "{\"terminalId\": 4111111111111111 oops", "");

    // the valid requests around them still work, so the scan below covers real rows
    post(approvePath, APPROVAL);
    post(inspectPath, INSPECTION);

    assertThat(PanScan.filesWithPans(CardDataProfile.dataDir())).isEmpty();
    assertThat(PanScan.filesWithPans(CardDataProfile.logFile().getParent())).isEmpty();
    assertThat(CardDataProfile.dataDir().resolve("edge.db-wal")).exists();
  }

  @Test
  void a_pan_in_a_header_path_id_or_query_parameter_is_refused_without_echo() {
    for (String pan : PANS) {
      expectProblem(
          given()
              .contentType(ContentType.JSON)
              .header("Idempotency-Key", "key-" + pan)
              .body(cardReturn())
              .post("/api/v1/returns"),
          "Idempotency-Key",
          pan);
      expectProblem(
          given()
              .contentType(ContentType.JSON)
              .header("Idempotency-Key", key())
              .header("traceparent", pan)
              .body(cardReturn())
              .post("/api/v1/returns"),
          "traceparent",
          pan);
      expectProblem(given().get("/api/v1/returns/" + pan), "returnId", pan);
      expectProblem(
          given()
              .contentType(ContentType.JSON)
              .header("Idempotency-Key", key())
              .body(INSPECTION)
              .post("/api/v1/returns/" + pan + "/inspection"),
          "returnId",
          pan);
      expectProblem(given().queryParam("after", pan).get("/api/v1/returns"), "after", pan);
    }
    assertThat(PanScan.filesWithPans(CardDataProfile.dataDir())).isEmpty();
    assertThat(PanScan.filesWithPans(CardDataProfile.logFile().getParent())).isEmpty();
  }

  @Test
  void the_scan_finds_a_pan_where_there_is_one() throws Exception {
    java.nio.file.Path probe = java.nio.file.Files.createTempFile("pan-probe-", ".bin");
    java.nio.file.Files.write(
        probe,
        new byte[] {
          0, 1, '4', '1', '1', '1', ' ', '1', '1', '1', '1', ' ', '1', '1', '1', '1', ' ', '1', '1',
          '1', '1', 0
        });
    assertThat(PanScan.containsPan(probe)).isTrue();
  }

  /** Posts {@code body}, expects 201 (or 200), returns the return id. */
  private static String post(String path, String body) {
    Response r =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key())
            .body(body)
            .post(path);
    assertThat(r.statusCode()).as(r.asString()).isIn(200, 201);
    return r.path("returnId");
  }

  private static int expectRefused(String path, String key, String body, String field) {
    Response r =
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(path);
    expectProblem(r, field, null);
    return 1;
  }

  private static void expectProblem(Response r, String field, String pan) {
    String text = r.asString();
    assertThat(r.statusCode()).as(text).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.<String>path("rule")).as(text).isEqualTo(CardNumbers.RULE);
    if (!field.isEmpty()) {
      assertThat(r.<String>path("field")).as(text).isEqualTo(field);
    }
    assertThat(CardNumbers.looksLikePan(text)).as(text).isFalse();
    if (pan != null) {
      assertThat(text).doesNotContain(pan);
    }
  }

  /** One copy of {@code json} per string value (path → body), with that value replaced by a PAN. */
  private static Map<String, String> withPanInEveryString(String json) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    JsonNode tree = ProtocolJson.parseTree(json.getBytes(StandardCharsets.UTF_8));
    List<String> paths = new ArrayList<>();
    collect(tree, "", paths);
    int i = 0;
    for (String path : paths) {
      JsonNode copy = tree.deepCopy();
      String pan = PANS.get(i++ % PANS.size());
      replace(copy, path, "ref " + pan);
      out.put(path, copy.toString());
    }
    return out;
  }

  private static void collect(JsonNode node, String path, List<String> paths) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e ->
                  collect(
                      e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), paths));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", paths);
      }
    } else if (node.isTextual()) {
      paths.add(path);
    }
  }

  private static void replace(JsonNode root, String path, String value) {
    JsonNode parent = root;
    String[] parts = path.split("\\.");
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
      boolean last = p == parts.length - 1 && !part.contains("[");
      if (last) {
        ((ObjectNode) parent).set(name, TextNode.valueOf(value));
        return;
      }
      parent = parent.get(name);
      if (part.contains("[")) {
        int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']')));
        parent = parent.get(index);
      }
    }
  }

  private static String cardReturn() {
    return CARD_RETURN.formatted(UUID.randomUUID(), soldAt());
  }

  private static String cashReturn() {
    return CASH_RETURN.formatted(UUID.randomUUID(), soldAt(), UUID.randomUUID());
  }

  private static String soldAt() {
    return Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String key() {
    return "key-" + UUID.randomUUID();
  }
}
