package io.rebound.central.process.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.protocols.InvalidMessageException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Reads who performs an operator action: {@code operator} in the JSON body, else the {@code
 * X-Operator} header; 1–64 characters, not blank (rule {@code operator-required}).
 */
@Singleton
public class OperatorInput {
  static final int MAX = 64;

  private final ObjectMapper json;

  @Inject
  public OperatorInput(ObjectMapper json) {
    this.json = json;
  }

  String operator(String header, String body) {
    String fromBody = null;
    if (body != null && !body.isBlank()) {
      JsonNode tree;
      try {
        tree = json.readTree(body);
      } catch (JsonProcessingException e) {
        throw new InvalidMessageException("body", "json-syntax", "is not valid JSON");
      }
      JsonNode node = tree == null ? null : tree.get("operator");
      if (node != null && !node.isNull()) {
        if (!node.isTextual()) {
          throw new InvalidMessageException("operator", "operator-required", "must be a string");
        }
        fromBody = node.asText();
      }
    }
    String operator = fromBody != null ? fromBody : header;
    if (operator == null || operator.isBlank() || operator.length() > MAX) {
      throw new InvalidMessageException(
          "operator",
          "operator-required",
          "name who replays: body {\"operator\":\"…\"} or header X-Operator, 1-"
              + MAX
              + " characters");
    }
    return operator.strip();
  }
}
