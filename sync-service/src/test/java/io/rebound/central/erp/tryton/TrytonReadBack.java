package io.rebound.central.erp.tryton;

import static io.rebound.central.erp.tryton.TrytonSession.clause;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Reads what the adapter booked, over JSON-RPC, for assertions. */
public final class TrytonReadBack {
  final TrytonSession tryton;

  public TrytonReadBack(TrytonServer server) {
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

  public List<JsonNode> byReference(String model, String reference, String... fields) {
    return tryton.searchRead(
        model, clause(tryton.domain(), "reference", "=", reference), 0, fields);
  }

  public long countByReference(String reference) {
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

  /**
   * Adds a product {@code sku} to Tryton like the seeded SKU-1 (same template settings and cost),
   * as a back office would after the ERP rejected a posting for an unknown product.
   */
  public void addProductLike(String sku, String template) {
    JsonNode model =
        tryton
            .first(
                "product.template",
                clause(tryton.domain(), "products.code", "=", template),
                "account_category",
                "default_uom",
                "type")
            .orElseThrow();
    ObjectNode record = tryton.object();
    record.put("name", "Widget " + sku);
    record.put("type", model.get("type").asText());
    record.put("default_uom", model.get("default_uom").asLong());
    record.put("account_category", model.get("account_category").asLong());
    record.set("list_price", tryton.decimal(new BigDecimal("20.00")));
    ObjectNode product = tryton.object();
    product.put("suffix_code", sku);
    product.set("cost_price", tryton.decimal(new BigDecimal("8.0000")));
    ArrayNode create = tryton.array().add("create");
    create.addArray().add(product);
    record.putArray("products").add(create);
    tryton.create("product.template", tryton.array().add(record));
  }
}
