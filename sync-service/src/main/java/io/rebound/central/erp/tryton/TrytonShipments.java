package io.rebound.central.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.central.erp.ErpDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shipment documents found or created by reference, then driven through their workflow to {@code
 * done}. A shipment found in an intermediate state (an earlier attempt crashed half-way) is
 * finished instead of created again.
 */
final class TrytonShipments {
  /** Workflow of a supplier return or an internal shipment: draft → waiting → assigned → done. */
  static final Map<String, String> ASSIGNED_FLOW =
      Map.of("draft", "wait", "waiting", "assign_force", "assigned", "done");

  /** Workflow of a customer return shipment: draft → received → done. */
  static final Map<String, String> RECEIVED_FLOW = Map.of("draft", "receive", "received", "done");

  private final TrytonSession tryton;

  TrytonShipments(TrytonSession tryton) {
    this.tryton = tryton;
  }

  /** Shipments of {@code model} carrying {@code reference}, finished if needed. */
  Optional<ErpDocument> existing(String model, String reference, Map<String, String> flow) {
    List<JsonNode> found =
        tryton.searchRead(
            model,
            TrytonSession.clause(tryton.domain(), "reference", "=", reference),
            0,
            "id",
            "number",
            "state");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    for (JsonNode shipment : found) {
      finish(model, shipment.get("id").asLong(), shipment.get("state").asText(), flow);
    }
    return Optional.of(new ErpDocument(externalReference(model, found), true));
  }

  /** Drives newly created shipments to done; their external reference. */
  ErpDocument finishCreated(String model, List<Long> ids, Map<String, String> flow) {
    String state = "draft";
    while (flow.containsKey(state)) {
      String method = flow.get(state);
      tryton.button(model, method, ids);
      state = next(flow, state);
    }
    List<JsonNode> created = tryton.searchRead(model, idsDomain(ids), 0, "id", "number", "state");
    return new ErpDocument(externalReference(model, created), false);
  }

  private void finish(String model, long id, String state, Map<String, String> flow) {
    String current = state;
    while (flow.containsKey(current)) {
      tryton.button(model, flow.get(current), List.of(id));
      current = next(flow, current);
    }
  }

  private static String next(Map<String, String> flow, String state) {
    return switch (flow.get(state)) {
      case "wait" -> "waiting";
      case "assign_force" -> "assigned";
      case "receive" -> "received";
      default -> "done";
    };
  }

  private com.fasterxml.jackson.databind.node.ArrayNode idsDomain(List<Long> ids) {
    var domain = tryton.domain();
    var in = tryton.array();
    ids.forEach(in::add);
    domain.addArray().add("id").add("in").add(in);
    return domain;
  }

  /** {@code model,number[,number…]}, ordered by id; the id when Tryton gave no number. */
  private static String externalReference(String model, List<JsonNode> shipments) {
    StringBuilder text = new StringBuilder(model);
    shipments.stream()
        .sorted(java.util.Comparator.comparingLong(s -> s.get("id").asLong()))
        .forEach(
            s -> {
              JsonNode number = s.get("number");
              text.append(text.indexOf(",") < 0 ? "," : "+")
                  .append(
                      number == null || number.isNull()
                          ? "id:" + s.get("id").asLong()
                          : number.asText());
            });
    return text.toString();
  }
}
