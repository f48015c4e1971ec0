package io.rebound.central.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.rebound.central.erp.ErpDocument;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Shipment documents found or created by reference, then driven through their workflow to {@code
 * done}. A shipment found in an intermediate state (an earlier attempt crashed half-way) is
 * finished instead of created again.
 */
final class TrytonShipments {
  private final TrytonSession tryton;

  TrytonShipments(TrytonSession tryton) {
    this.tryton = tryton;
  }

  /** Shipments of {@code model} carrying {@code reference}, finished if needed. */
  Optional<ErpDocument> existing(String model, String reference, ShipmentFlow flow) {
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
  ErpDocument finishCreated(String model, List<Long> ids, ShipmentFlow flow) {
    for (String transition : flow.remaining("draft")) {
      tryton.button(model, transition, ids);
    }
    List<JsonNode> created = tryton.searchRead(model, idsDomain(ids), 0, "id", "number", "state");
    return new ErpDocument(externalReference(model, created), false);
  }

  private void finish(String model, long id, String state, ShipmentFlow flow) {
    for (String transition : flow.remaining(state)) {
      tryton.button(model, transition, List.of(id));
    }
  }

  private ArrayNode idsDomain(List<Long> ids) {
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
        .sorted(Comparator.comparingLong(s -> s.get("id").asLong()))
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
