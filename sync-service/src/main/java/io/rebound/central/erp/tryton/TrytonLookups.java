package io.rebound.central.erp.tryton;

import static io.rebound.central.erp.tryton.TrytonSession.clause;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.rebound.central.config.TrytonConfig;
import io.rebound.central.erp.ErpRejectedException;
import io.rebound.protocols.ids.StoreId;
import java.math.BigDecimal;
import java.util.Optional;

/** Finds the master data a posting refers to: products by code (= sku), parties, locations. */
final class TrytonLookups {
  private final TrytonSession tryton;
  private final TrytonConfig config;

  /** A product: id, unit of measure, cost price and the revenue account of its category. */
  record Product(String sku, long id, long uom, BigDecimal costPrice, Long revenueAccount) {}

  /** A warehouse and its input and storage zones. */
  record Warehouse(long id, long input, long storage) {}

  /** A party and its first address (null if it has none). */
  record Party(long id, Long address) {}

  TrytonLookups(TrytonSession tryton, TrytonConfig config) {
    this.tryton = tryton;
    this.config = config;
  }

  Product product(String sku) {
    JsonNode p =
        tryton
            .first(
                "product.product",
                clause(tryton.domain(), "code", "=", sku),
                "id",
                "default_uom",
                "cost_price",
                "account_category.account_revenue")
            .orElseThrow(
                () ->
                    new ErpRejectedException(
                        "sku: no Tryton product has the code '" + sku + "' (rule: known-product)"));
    JsonNode revenue = p.path("account_category.").path("account_revenue");
    return new Product(
        sku,
        p.get("id").asLong(),
        p.get("default_uom").asLong(),
        p.get("cost_price").isNull()
            ? BigDecimal.ZERO
            : TrytonSession.decimalOf(p.get("cost_price")),
        revenue.isNumber() ? revenue.asLong() : null);
  }

  /** The party whose code is {@code code}, if any. */
  Optional<Party> partyByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return party(clause(tryton.domain(), "code", "=", code));
  }

  /** A configured party, by code then by name; rejected naming the key if neither exists. */
  Party configuredParty(String codeOrName, String key) {
    return partyByCode(codeOrName)
        .or(() -> party(clause(tryton.domain(), "name", "=", codeOrName)))
        .orElseThrow(
            () ->
                new ErpRejectedException(
                    key + ": no Tryton party has the code or name '" + codeOrName + "'"));
  }

  private Optional<Party> party(ArrayNode domain) {
    return tryton
        .first("party.party", domain, "id", "addresses")
        .map(
            p ->
                new Party(
                    p.get("id").asLong(),
                    p.path("addresses").isEmpty() ? null : p.get("addresses").get(0).asLong()));
  }

  /** The store's warehouse: rebound.erp.tryton.warehouses.<store>, else the first warehouse. */
  Warehouse warehouse(StoreId store) {
    String mapped = config.warehouses().get(store.value());
    var domain = clause(tryton.domain(), "type", "=", "warehouse");
    if (mapped != null) {
      domain.addArray().add("OR").add(clauseOf("code", mapped)).add(clauseOf("name", mapped));
    }
    JsonNode w =
        tryton
            .first("stock.location", domain, "id", "input_location", "storage_location")
            .orElseThrow(
                () ->
                    new ErpRejectedException(
                        "rebound.erp.tryton.warehouses."
                            + store.value()
                            + ": no Tryton warehouse "
                            + (mapped == null
                                ? "exists"
                                : "has the code or name '" + mapped + "'")));
    return new Warehouse(
        w.get("id").asLong(), w.get("input_location").asLong(), w.get("storage_location").asLong());
  }

  private ArrayNode clauseOf(String field, String value) {
    return tryton.array().add(field).add("=").add(value);
  }

  /** A location by code or name (configured keys name it on failure). */
  long location(String codeOrName, String key) {
    var domain = tryton.domain();
    domain.addArray().add("OR").add(clauseOf("code", codeOrName)).add(clauseOf("name", codeOrName));
    return tryton
        .first("stock.location", domain, "id")
        .orElseThrow(
            () ->
                new ErpRejectedException(
                    key + ": no Tryton location has the code or name '" + codeOrName + "'"))
        .get("id")
        .asLong();
  }

  /** The first location of a type ({@code customer}, {@code supplier}). */
  long locationOfType(String type) {
    return tryton
        .first("stock.location", clause(tryton.domain(), "type", "=", type), "id")
        .orElseThrow(() -> new ErpRejectedException("tryton: no stock location of type " + type))
        .get("id")
        .asLong();
  }

  long revenueJournal() {
    return tryton
        .first("account.journal", clause(tryton.domain(), "type", "=", "revenue"), "id")
        .orElseThrow(() -> new ErpRejectedException("tryton: no journal of type revenue"))
        .get("id")
        .asLong();
  }

  /** The default receivable account of the accounting configuration. */
  long receivableAccount() {
    JsonNode c =
        tryton
            .first("account.configuration", tryton.domain(), "default_account_receivable")
            .orElseThrow(() -> new ErpRejectedException("tryton: accounting is not configured"));
    JsonNode account = c.get("default_account_receivable");
    if (account == null || !account.isNumber()) {
      throw new ErpRejectedException(
          "tryton: account.configuration has no default receivable account");
    }
    return account.asLong();
  }
}
