package io.rebound.central.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.central.erp.ErpUnavailableException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Model calls in the books of one company: every call carries the context {@code {"company":ID}}
 * (the company is looked up once, by its party name or the first one). Also encodes Tryton's JSON
 * classes: dates {@code {"__class__":"date",…}} and decimals {@code {"__class__":"Decimal",…}}.
 */
final class TrytonSession {
  private final TrytonRpc rpc;
  private final Optional<String> companyName;
  private volatile Company company;

  /** The company's id and its currency id. */
  record Company(long id, long currency) {}

  TrytonSession(TrytonRpc rpc, Optional<String> companyName) {
    this.rpc = rpc;
    this.companyName = companyName.filter(n -> !n.isBlank());
  }

  Company company() {
    Company known = company;
    if (known == null) {
      ArrayNode domain = domain();
      companyName.ifPresent(name -> clause(domain, "party.name", "=", name));
      ArrayNode params = array().add(domain).add(0).add(1).addNull();
      params.addArray().add("id").add("currency");
      params.addObject();
      JsonNode found = rpc.call("model.company.company.search_read", params);
      if (found.isEmpty()) {
        throw new ErpUnavailableException(
            "tryton: no company "
                + companyName.map(n -> "'" + n + "' ").orElse("")
                + "(rebound.erp.tryton.company)",
            null);
      }
      known = new Company(found.get(0).get("id").asLong(), found.get(0).get("currency").asLong());
      company = known;
    }
    return known;
  }

  /** {@code search_read} with the given domain; the records, possibly none. */
  List<JsonNode> searchRead(String model, ArrayNode domain, int limit, String... fields) {
    ArrayNode params = array().add(domain).add(0);
    if (limit > 0) {
      params.add(limit);
    } else {
      params.addNull();
    }
    params.addNull();
    ArrayNode names = params.addArray();
    for (String f : fields) {
      names.add(f);
    }
    List<JsonNode> records = new ArrayList<>();
    call(model, "search_read", params).forEach(records::add);
    return records;
  }

  Optional<JsonNode> first(String model, ArrayNode domain, String... fields) {
    return searchRead(model, domain, 1, fields).stream().findFirst();
  }

  /** Creates the records in one transaction; their ids in order. */
  List<Long> create(String model, ArrayNode records) {
    List<Long> ids = new ArrayList<>();
    call(model, "create", array().add(records)).forEach(id -> ids.add(id.asLong()));
    return ids;
  }

  /** A workflow button/transition on the records ({@code post}, {@code receive}, {@code done}…). */
  void button(String model, String method, List<Long> ids) {
    ArrayNode list = array();
    ids.forEach(list::add);
    call(model, method, array().add(list));
  }

  private JsonNode call(String model, String method, ArrayNode params) {
    long companyId = company().id();
    params.addObject().put("company", companyId);
    return rpc.call("model." + model + "." + method, params);
  }

  ArrayNode array() {
    return rpc.json().createArrayNode();
  }

  ObjectNode object() {
    return rpc.json().createObjectNode();
  }

  ArrayNode domain() {
    return array();
  }

  /** Adds {@code [field, operator, value]} to {@code domain} and returns the domain. */
  static ArrayNode clause(ArrayNode domain, String field, String operator, Object value) {
    ArrayNode clause = domain.addArray().add(field).add(operator);
    if (value instanceof Long l) {
      clause.add(l);
    } else if (value instanceof Integer i) {
      clause.add(i);
    } else {
      clause.add(String.valueOf(value));
    }
    return domain;
  }

  ObjectNode date(LocalDate date) {
    return object()
        .put("__class__", "date")
        .put("year", date.getYear())
        .put("month", date.getMonthValue())
        .put("day", date.getDayOfMonth());
  }

  ObjectNode decimal(BigDecimal value) {
    return object().put("__class__", "Decimal").put("decimal", value.toPlainString());
  }

  /** Reads a Tryton decimal ({@code {"__class__":"Decimal","decimal":"…"}}) or plain number. */
  static BigDecimal decimalOf(JsonNode node) {
    if (node.has("decimal")) {
      return new BigDecimal(node.get("decimal").asText());
    }
    return node.decimalValue();
  }

  /** A one2many {@code [["create", [records]]]} value. */
  ArrayNode createLines(ArrayNode records) {
    ArrayNode op = array();
    op.addArray().add("create").add(records);
    return op;
  }
}
