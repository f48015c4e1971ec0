package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.e2e.harness.PostResult;
import io.rebound.protocols.ids.ReturnId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a {@code 201} answer of {@code POST /api/v1/returns} that the policy tests check.
 *
 * @param refundReference {@code refund.reference} (a store-credit number {@code SC-…}), or empty
 * @param effects effect ({@code ACCEPT}, {@code DEFER}, …) per rule id, in the order of {@code
 *     decisions}
 * @param body the raw answer, for failure messages
 */
record AcceptedReturn(
    ReturnId returnId,
    String status,
    String mode,
    String refundMethod,
    String refundStatus,
    String refundReference,
    Map<String, String> effects,
    String body) {

  /** Asserts that {@code r} is a {@code 201} and reads it. */
  static AcceptedReturn of(PostResult r) {
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode json = r.json().orElseThrow();
    Map<String, String> effects = new LinkedHashMap<>();
    json.path("decisions")
        .forEach(d -> effects.put(d.path("rule").asText(), d.path("effect").asText()));
    return new AcceptedReturn(
        r.returnId(),
        json.path("status").asText(),
        json.path("mode").asText(),
        json.path("refund").path("method").asText(),
        json.path("refund").path("status").asText(),
        json.path("refund").path("reference").asText(),
        effects,
        r.body());
  }
}
