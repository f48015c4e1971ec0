package io.rebound.edge.security.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.json.ProtocolJson;

/** Reading the small JSON bodies of the security endpoints: objects of string fields. */
final class Bodies {
  private Bodies() {}

  static JsonNode object(byte[] body) {
    if (body == null || body.length == 0) {
      throw new InvalidMessageException(
          "", "json-syntax", "body is empty; a JSON object is needed");
    }
    JsonNode json = ProtocolJson.decode(body, JsonNode.class);
    if (json == null || !json.isObject()) {
      throw new InvalidMessageException("", "type", "must be a JSON object");
    }
    return json;
  }

  /** A required string field of at most {@code max} characters. */
  static String text(JsonNode json, String field, int max) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidMessageException(field, "required", "is required");
    }
    if (!value.isTextual()) {
      throw new InvalidMessageException(field, "type", "must be a string");
    }
    String text = value.asText();
    if (text.isBlank()) {
      throw new InvalidMessageException(field, "not-blank", "must not be blank");
    }
    if (text.codePointCount(0, text.length()) > max) {
      throw new InvalidMessageException(
          field, "max-length", "must be at most " + max + " characters");
    }
    return text;
  }
}
