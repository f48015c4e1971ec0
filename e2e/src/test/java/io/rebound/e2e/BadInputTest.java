package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.PosClient;
import io.rebound.e2e.harness.PostResult;
import io.rebound.e2e.harness.ReturnBodies;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input through the real process: a 4xx {@code application/problem+json} naming the field,
 * nothing stored, never a 5xx or a stack trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BadInputTest {
  private static final AtomicInteger KEYS = new AtomicInteger();

  private Rig rig;
  private Agent agent;

  @BeforeAll
  void start(TestInfo info) {
    rig = Rig.start(info);
    agent = rig.agent("store-bad-input");
  }

  @AfterAll
  void stop() {
    rig.close();
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        bad("malformed JSON", "{\"terminalId\":\"POS-01\",", null),
        bad("empty body", "", null),
        bad("array instead of object", "[]", null),
        bad("missing lines", without("lines"), "lines"),
        bad("missing terminalId", without("terminalId"), "terminalId"),
        bad("negative amount", linePrice("\"-5.00\"", "\"USD\""), "amount"),
        bad("mis-scaled amount", linePrice("\"49.999\"", "\"USD\""), "amount"),
        bad("amount as a JSON number", linePrice("49.99", "\"USD\""), "amount"),
        bad("unknown currency", linePrice("\"49.99\"", "\"ABC\""), "currency"),
        bad("zero quantity", edit(t -> line(t).put("quantity", 0)), "quantity"),
        bad("unknown reason code", edit(t -> line(t).put("reason", "BORED")), "reason"),
        bad("huge body (1 MiB)", huge(), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void bad_body_is_rejected_with_problem_json_naming_the_field_and_stores_nothing(
      String label, String body, String field) {
    assertRejected(agent.pos().post("bad-" + KEYS.incrementAndGet(), body), field);
  }

  @ParameterizedTest(name = "content type {0}")
  @MethodSource("wrongContentTypes")
  void wrong_content_type_is_rejected_and_stores_nothing(String contentType) {
    assertRejected(
        agent.pos().post("ct-" + KEYS.incrementAndGet(), ReturnBodies.PRODUCT_EXAMPLE, contentType),
        null);
  }

  static Stream<String> wrongContentTypes() {
    return Stream.of("text/plain", "application/xml", "application/x-www-form-urlencoded");
  }

  @Test
  void request_without_idempotency_key_is_rejected_naming_the_header() {
    assertRejected(
        agent.pos().post(null, ReturnBodies.PRODUCT_EXAMPLE, PosClient.JSON), "Idempotency-Key");
  }

  private void assertRejected(PostResult r, String field) {
    assertThat(r.status()).as(r.body()).isBetween(400, 499);
    assertThat(r.isProblemJson()).as("content type %s", r.contentType()).isTrue();
    assertThat(r.json()).as("problem body is JSON: %s", r.body()).isPresent();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    if (field != null) {
      assertThat(r.body()).contains(field);
    }
    assertThat(agent.status().outboxDepth()).as("outbox depth").isZero();
    assertThat(agent.db().count("returns")).as("returns stored").isZero();
  }

  private static Arguments bad(String label, String body, String field) {
    return Arguments.of(label, body, field);
  }

  private static String without(String field) {
    return edit(t -> t.remove(field));
  }

  private static String linePrice(String amountJson, String currencyJson) {
    return ReturnBodies.PRODUCT_EXAMPLE.replace(
        "\"unitPrice\":{\"amount\":\"49.99\",\"currency\":\"USD\"}",
        "\"unitPrice\":{\"amount\":" + amountJson + ",\"currency\":" + currencyJson + "}");
  }

  private static ObjectNode line(ObjectNode tree) {
    return (ObjectNode) tree.withArray("lines").get(0);
  }

  private static String edit(Consumer<ObjectNode> change) {
    ObjectNode tree = ReturnBodies.productExampleTree();
    change.accept(tree);
    return tree.toString();
  }

  private static String huge() {
    ObjectNode tree = ReturnBodies.productExampleTree();
    tree.put("terminalId", "P".repeat(1024 * 1024));
    return tree.toString();
  }
}
