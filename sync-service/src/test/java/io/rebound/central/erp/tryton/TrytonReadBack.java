package io.rebound.central.erp.tryton;

import static io.rebound.central.erp.tryton.TrytonSession.clause;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Reads what the adapter booked, over JSON-RPC, for assertions. */
final class TrytonReadBack {
  final TrytonSession tryton;

  TrytonReadBack(TrytonServer server) {
    this.tryton =
        new TrytonSession(
            new TrytonRpc(
                server.url(),
                TrytonServer.DATABASE,
                "admin",
                TrytonServer.PASSWORD,
                Duration.ofSeconds(10)),
            Optional.empty());
  }

  List<JsonNode> byReference(String model, String reference, String... fields) {
    return tryton.searchRead(
        model, clause(tryton.domain(), "reference", "=", reference), 0, fields);
  }

  long countByReference(String reference) {
    long n = 0;
    for (String model :
        List.of(
            "account.invoice",
            "stock.shipment.out.return",
            "stock.shipment.internal",
            "stock.shipment.in.return")) {
      n += byReference(model, reference, "id").size();
    }
    return n;
  }

  List<JsonNode> moveLines(long move) {
    return tryton.searchRead(
        "account.move.line", clause(tryton.domain(), "move", "=", move), 0, "debit", "credit");
  }

  List<JsonNode> stockMoves(String shipment) {
    return tryton.searchRead(
        "stock.move",
        clause(tryton.domain(), "shipment", "=", shipment),
        0,
        "state",
        "quantity",
        "product.code",
        "from_location.type",
        "from_location.name",
        "to_location.type",
        "to_location.code",
        "to_location.name");
  }
}
