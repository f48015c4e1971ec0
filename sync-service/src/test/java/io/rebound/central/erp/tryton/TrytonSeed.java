package io.rebound.central.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Master data of the test ERP, over JSON-RPC (the calls of the Tryton reference seed): company
 * "Retail Co" in EUR, the minimal chart, this year's fiscal year, products SKU-1…SKU-3 (cost
 * 8.0000, list 20.00), parties "Walk-in Customer", "Jane Customer" (code CUST-42), "Default
 * Supplier", "Acme Supplies" (code VENDOR-1), the storage location CENTRAL. The default warehouse
 * WH and "Lost and Found" come with the stock module.
 */
final class TrytonSeed {
  static final String KNOWN_CUSTOMER = "CUST-42";
  static final String KNOWN_VENDOR = "VENDOR-1";

  private final TrytonRpc rpc;
  private String ctx = "{}";

  private TrytonSeed(TrytonRpc rpc) {
    this.rpc = rpc;
  }

  static void seed(URI url, String database, String password) {
    new TrytonSeed(new TrytonRpc(url, database, "admin", password, Duration.ofSeconds(60))).run();
  }

  private void run() {
    int y = LocalDate.now().getYear();
    long cur =
        first(
            "model.currency.currency.create",
            "[[{\"name\":\"Euro\",\"code\":\"EUR\",\"symbol\":\"€\",\"rounding\":"
                + dec("0.01")
                + ",\"digits\":2}],{}]");
    long cp = first("model.party.party.create", "[[{\"name\":\"Retail Co\"}],{}]");
    long cid =
        first(
            "model.company.company.create",
            "[[{\"party\":" + cp + ",\"currency\":" + cur + "}],{}]");
    call(
        "model.res.user.write",
        "[[1],{\"companies\":[[\"add\",[" + cid + "]]],\"company\":" + cid + "},{}]");
    ctx = "{\"company\":" + cid + "}";
    long template =
        id(
            "model.account.account.template.search_read",
            "[[[\"parent\",\"=\",null],[\"name\",\"=\",\"Minimal Account Chart\"]],0,1,null,[\"id\"],"
                + ctx
                + "]");
    long wizard = call("wizard.account.create_chart.create", "[" + ctx + "]").get(0).asLong();
    call("wizard.account.create_chart.execute", "[" + wizard + ",{},\"start\"," + ctx + "]");
    JsonNode defaults =
        call(
                "wizard.account.create_chart.execute",
                "["
                    + wizard
                    + ",{\"account\":{\"company\":"
                    + cid
                    + ",\"account_template\":"
                    + template
                    + "}},\"create_account\","
                    + ctx
                    + "]")
            .path("view")
            .path("defaults");
    String properties =
        String.format(
            "{\"company\":%d,\"account_receivable\":%d,\"account_payable\":%d,"
                + "\"category_account_expense\":%d,\"category_account_revenue\":%d}",
            cid,
            defaults.get("account_receivable").asLong(),
            defaults.get("account_payable").asLong(),
            defaults.get("category_account_expense").asLong(),
            defaults.get("category_account_revenue").asLong());
    call(
        "wizard.account.create_chart.execute",
        "[" + wizard + ",{\"properties\":" + properties + "},\"create_properties\"," + ctx + "]");
    call("wizard.account.create_chart.delete", "[" + wizard + "," + ctx + "]");
    long revenue = defaults.get("category_account_revenue").asLong();
    long expense = defaults.get("category_account_expense").asLong();
    fiscalYear(y, cid);
    long unit =
        id(
            "model.product.uom.search_read",
            "[[[\"symbol\",\"=\",\"u\"]],0,1,null,[\"id\"]," + ctx + "]");
    long category =
        first(
            "model.product.category.create",
            "[[{\"name\":\"Retail Goods\",\"accounting\":true,\"account_revenue\":"
                + revenue
                + ",\"account_expense\":"
                + expense
                + "}],"
                + ctx
                + "]");
    for (int i = 1; i <= 3; i++) {
      call(
          "model.product.template.create",
          "[[{\"name\":\"Widget "
              + i
              + "\",\"type\":\"goods\",\"default_uom\":"
              + unit
              + ",\"list_price\":"
              + dec("20.00")
              + ",\"account_category\":"
              + category
              + ",\"products\":[[\"create\",[{\"suffix_code\":\"SKU-"
              + i
              + "\",\"cost_price\":"
              + dec("8.0000")
              + "}]]]}],"
              + ctx
              + "]");
    }
    party("Walk-in Customer", null);
    party("Jane Customer", KNOWN_CUSTOMER);
    party("Default Supplier", null);
    party("Acme Supplies", KNOWN_VENDOR);
    call(
        "model.stock.location.create",
        "[[{\"name\":\"Central Returns\",\"code\":\"CENTRAL\",\"type\":\"storage\"}]," + ctx + "]");
  }

  private void fiscalYear(int y, long cid) {
    long moveType =
        id(
            "model.ir.sequence.type.search_read",
            "[[[\"name\",\"=\",\"Account Move\"]],0,1,null,[\"id\"]," + ctx + "]");
    long invoiceType =
        id(
            "model.ir.sequence.type.search_read",
            "[[[\"name\",\"=\",\"Invoice\"]],0,1,null,[\"id\"]," + ctx + "]");
    long moves =
        first(
            "model.ir.sequence.create",
            "[[{\"name\":\"Account Move "
                + y
                + "\",\"sequence_type\":"
                + moveType
                + ",\"company\":"
                + cid
                + "}],"
                + ctx
                + "]");
    JsonNode strict =
        call(
            "model.ir.sequence.strict.create",
            String.format(
                "[[{\"name\":\"Invoice %1$d\",\"sequence_type\":%2$d,\"company\":%3$d,"
                    + "\"prefix\":\"INV%1$d-\"},{\"name\":\"Credit Note %1$d\",\"sequence_type\":"
                    + "%2$d,\"company\":%3$d,\"prefix\":\"CN%1$d-\"}],%4$s]",
                y, invoiceType, cid, ctx));
    long invoices = strict.get(0).asLong();
    long creditNotes = strict.get(1).asLong();
    call(
        "model.account.fiscalyear.create",
        String.format(
            "[[{\"name\":\"%1$d\",\"company\":%2$d,\"start_date\":%3$s,\"end_date\":%4$s,"
                + "\"post_move_sequence\":%5$d,\"periods\":[[\"create\",[{\"name\":\"%1$d\","
                + "\"start_date\":%3$s,\"end_date\":%4$s,\"type\":\"standard\"}]]],"
                + "\"invoice_sequences\":[[\"create\",[{\"company\":%2$d,\"out_invoice_sequence\":%6$d,"
                + "\"out_credit_note_sequence\":%7$d,\"in_invoice_sequence\":%6$d,"
                + "\"in_credit_note_sequence\":%7$d}]]]}],%8$s]",
            y, cid, date(y, 1, 1), date(y, 12, 31), moves, invoices, creditNotes, ctx));
  }

  private void party(String name, String code) {
    call(
        "model.party.party.create",
        "[[{\"name\":\""
            + name
            + "\""
            + (code == null ? "" : ",\"code\":\"" + code + "\"")
            + ",\"addresses\":[[\"create\",[{\"street\":\"1 Main St\",\"city\":\"Springfield\"}]]]}],"
            + ctx
            + "]");
  }

  private JsonNode call(String method, String params) {
    try {
      return rpc.call(method, (ArrayNode) rpc.json().readTree(params));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long first(String method, String params) {
    return call(method, params).get(0).asLong();
  }

  private long id(String method, String params) {
    return call(method, params).get(0).get("id").asLong();
  }

  private static String dec(String value) {
    return "{\"__class__\":\"Decimal\",\"decimal\":\"" + value + "\"}";
  }

  private static String date(int y, int m, int d) {
    return "{\"__class__\":\"date\",\"year\":" + y + ",\"month\":" + m + ",\"day\":" + d + "}";
  }
}
