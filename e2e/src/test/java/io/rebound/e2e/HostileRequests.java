package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.rebound.e2e.harness.PosClient;
import io.rebound.e2e.harness.PostResult;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.security.CardNumbers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * POS requests carrying Luhn-valid card numbers (test PANs of Visa, Mastercard and Amex, plain and
 * grouped by spaces or dashes) in every place a terminal can put text, each expected to be refused
 * with a 4xx problem+json that names rule {@link CardNumbers#RULE} and does not echo the number.
 */
final class HostileRequests {
  /** Test PANs in the forms a cashier might type them. */
  static final List<String> PANS =
      List.of(
          "4111111111111111",
          "5555 5555 5555 4444",
          "378282246310005",
          "4111-1111-1111-1111",
          "3782 822463 10005");

  private final PosClient pos;
  private final Map<String, String> manager;
  private int refused;
  private int next;

  /** {@code manager}: the headers of a signed-in manager, sent on inspection and approval paths. */
  HostileRequests(PosClient pos, Map<String, String> manager) {
    this.pos = pos;
    this.manager = manager;
  }

  /** How many hostile requests were sent and refused as expected. */
  int refused() {
    return refused;
  }

  /** One POST per string value of {@code json}, that value replaced by text carrying a PAN. */
  void panInEveryString(String path, String json) {
    JsonNode tree = ProtocolJson.parseTree(json.getBytes(StandardCharsets.UTF_8));
    List<List<Object>> paths = new ArrayList<>();
    collect(tree, new ArrayList<>(), paths);
    assertThat(paths).as("string fields of " + json).isNotEmpty();
    for (List<Object> at : paths) {
      JsonNode copy = tree.deepCopy();
      replace(copy, at, "ref " + nextPan() + " end");
      expectRefused(pos.postTo(path, key(), copy.toString(), staff(path)), "body field " + at);
    }
  }

  /** The PAN as a bare JSON number, and in a body that is not JSON at all. */
  void panAsNumberAndInBrokenJson(String path) {
    expectRefused(
        pos.postTo(path, key(), "{\"terminalId\":4111111111111111}", Map.of()), "JSON number");
    expectRefused(
        pos.postTo(path, key(), "{\"terminalId\": 5555555555554444 oops", Map.of()), "non-JSON");
  }

  /** {@code Idempotency-Key} and {@code traceparent} carrying a PAN, on an otherwise valid POST. */
  void panInHeaders(String validBody) {
    for (String pan : PANS) {
      expectRefused(pos.postTo("/api/v1/returns", "key-" + pan, validBody, Map.of()), "key");
      expectRefused(
          pos.postTo("/api/v1/returns", key(), validBody, Map.of("traceparent", pan)),
          "traceparent");
    }
  }

  /** A PAN as the return id of every path that has one, and as query parameters. */
  void panInPathsAndQueries(String inspectionBody, String approvalBody) {
    for (String pan : PANS) {
      String inUrl = pan.replace(" ", "%20");
      expectRefused(pos.get("/api/v1/returns/" + inUrl, Map.of()), "GET path id");
      expectRefused(
          pos.postTo("/api/v1/returns/" + inUrl + "/inspection", key(), inspectionBody, manager),
          "inspection path id");
      expectRefused(
          pos.postTo("/api/v1/returns/" + inUrl + "/approval", key(), approvalBody, manager),
          "approval path id");
      expectRefused(pos.get("/api/v1/returns?after=" + inUrl, Map.of()), "query after");
      expectRefused(pos.get("/api/v1/inventory?sku=" + inUrl, Map.of()), "query sku");
    }
  }

  private void expectRefused(PostResult r, String what) {
    String answer = r.body();
    assertThat(r.status()).as(what + ": " + answer).isBetween(400, 499);
    assertThat(r.isProblemJson()).as(what + ": " + r.contentType()).isTrue();
    assertThat(r.json().map(j -> j.path("rule").asText()).orElse(""))
        .as(what + ": " + answer)
        .isEqualTo(CardNumbers.RULE);
    assertThat(CardNumbers.looksLikePan(answer)).as(what + " echoes a card number").isFalse();
    for (String pan : PANS) {
      assertThat(answer.replaceAll("[ -]", ""))
          .as(what + " echoes a card number")
          .doesNotContain(pan.replaceAll("[ -]", ""));
    }
    refused++;
  }

  private String nextPan() {
    return PANS.get(next++ % PANS.size());
  }

  private static String key() {
    return "pan-e2e-" + UUID.randomUUID();
  }

  private static void collect(JsonNode node, List<Object> at, List<List<Object>> out) {
    if (node.isTextual()) {
      out.add(List.copyOf(at));
    } else if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                at.add(e.getKey());
                collect(e.getValue(), at, out);
                at.remove(at.size() - 1);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        at.add(i);
        collect(node.get(i), at, out);
        at.remove(at.size() - 1);
      }
    }
  }

  private static void replace(JsonNode root, List<Object> at, String value) {
    JsonNode parent = root;
    for (Object step : at.subList(0, at.size() - 1)) {
      parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
    }
    Object last = at.get(at.size() - 1);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).set(i, TextNode.valueOf(value));
    } else {
      ((ObjectNode) parent).set((String) last, TextNode.valueOf(value));
    }
  }

  private Map<String, String> staff(String path) {
    return path.endsWith("/inspection") || path.endsWith("/approval") ? manager : Map.of();
  }
}
