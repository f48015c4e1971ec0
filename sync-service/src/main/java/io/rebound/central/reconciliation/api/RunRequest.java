package io.rebound.central.reconciliation.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.central.reconciliation.store.ReconciliationWindow;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The body of {@code POST /api/v1/reconciliation/runs}: {@code {"from":"yyyy-mm-dd",
 * "to":"yyyy-mm-dd","storeId":"…"}} — UTC days, both inclusive; {@code to} defaults to {@code
 * from}; {@code storeId} optional. Errors name the field and the rule.
 */
final class RunRequest {
  private RunRequest() {}

  static ReconciliationWindow parse(String body, ObjectMapper json) {
    JsonNode node;
    try {
      node = body == null || body.isBlank() ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidMessageException("body", "json", "is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidMessageException(
          "body", "json-object", "must be an object with from (and to, storeId)");
    }
    LocalDate from = day(node, "from");
    if (from == null) {
      throw new InvalidMessageException("from", "required", "a UTC day yyyy-mm-dd is required");
    }
    LocalDate to = day(node, "to");
    JsonNode store = node.path("storeId");
    StoreId storeId = store.isTextual() ? StoreId.of(store.asText()) : null;
    if (!store.isMissingNode() && !store.isNull() && storeId == null) {
      throw new InvalidMessageException("storeId", "string", "must be a store id string");
    }
    return new ReconciliationWindow(from, to == null ? from : to, storeId);
  }

  private static LocalDate day(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw new InvalidMessageException(
          field, "iso-8601-date", "'" + value.asText() + "' is not a day yyyy-mm-dd");
    }
  }
}
