package io.rebound.central.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.central.config.TrytonConfig;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.ErpRejectedException;
import io.rebound.central.erp.ErpUnavailableException;
import io.rebound.central.erp.PostedCreditNote;
import io.rebound.central.erp.PostingLine;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Customer credit notes: an {@code account.invoice} of type {@code out} whose lines have quantity
 * −n at the unit price, {@code reference} = {@link ErpReference#creditNote}, then posted. A draft
 * found by reference (an earlier attempt stopped before posting) is posted, not duplicated.
 */
final class TrytonCreditNotes {
  private static final String INVOICE = "account.invoice";

  private final TrytonSession tryton;
  private final TrytonLookups lookups;
  private final TrytonConfig config;

  TrytonCreditNotes(TrytonSession tryton, TrytonLookups lookups, TrytonConfig config) {
    this.tryton = tryton;
    this.lookups = lookups;
    this.config = config;
  }

  ErpDocument post(ReturnPosting posting) {
    String reference = ErpReference.creditNote(posting.returnId());
    Optional<JsonNode> existing = find(reference);
    if (existing.isPresent()) {
      JsonNode invoice = existing.get();
      if (!"posted".equals(invoice.get("state").asText())
          && !"paid".equals(invoice.get("state").asText())) {
        tryton.button(INVOICE, "post", List.of(invoice.get("id").asLong()));
        invoice = find(reference).orElseThrow();
      }
      return new ErpDocument(externalReference(invoice), true);
    }
    long currency = currency(posting);
    TrytonLookups.Party customer = customer(posting);
    if (customer.address() == null) {
      throw new ErpRejectedException(
          "customerId: Tryton party " + customer.id() + " has no address (rule: invoice-address)");
    }
    long company = tryton.company().id();
    ArrayNode lines = tryton.array();
    for (PostingLine line : posting.lines()) {
      TrytonLookups.Product product = lookups.product(line.sku());
      if (product.revenueAccount() == null) {
        throw new ErpRejectedException(
            "sku: Tryton product '" + line.sku() + "' has no revenue account (rule: account)");
      }
      lines
          .addObject()
          .put("type", "line")
          .put("company", company)
          .put("currency", currency)
          .put("product", product.id())
          .put("quantity", -line.quantity())
          .put("unit", product.uom())
          .put("account", product.revenueAccount())
          .put("description", "Return of " + line.sku())
          .set("unit_price", tryton.decimal(line.unitPrice().amount()));
    }
    ObjectNode invoice =
        tryton
            .object()
            .put("type", "out")
            .put("company", company)
            .put("party", customer.id())
            .put("invoice_address", customer.address())
            .put("currency", currency)
            .put("journal", lookups.revenueJournal())
            .put("account", lookups.receivableAccount())
            .put("reference", reference)
            .put("description", "Rebound return " + posting.returnId());
    invoice.set("invoice_date", tryton.date(TrytonErpAdapter.day(posting.acceptedAt())));
    invoice.set("lines", tryton.createLines(lines));
    long id = tryton.create(INVOICE, tryton.array().add(invoice)).get(0);
    tryton.button(INVOICE, "post", List.of(id));
    return new ErpDocument(externalReference(find(reference).orElseThrow()), false);
  }

  /** The posted (or paid) credit note of the return, with its total as a positive amount. */
  Optional<PostedCreditNote> read(ReturnId returnId) {
    ArrayNode domain =
        TrytonSession.clause(tryton.domain(), "reference", "=", ErpReference.creditNote(returnId));
    TrytonSession.clause(domain, "type", "=", "out");
    Optional<JsonNode> found =
        tryton.first(INVOICE, domain, "id", "number", "state", "total_amount", "currency");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonNode invoice = found.get();
    String state = invoice.get("state").asText();
    if (!"posted".equals(state) && !"paid".equals(state)) {
      return Optional.empty();
    }
    String code =
        tryton
            .first(
                "currency.currency",
                TrytonSession.clause(tryton.domain(), "id", "=", invoice.get("currency").asLong()),
                "code")
            .orElseThrow(
                () ->
                    new ErpUnavailableException(
                        "tryton: invoice "
                            + externalReference(invoice)
                            + " has an unknown currency (rule: currency)",
                        null))
            .get("code")
            .asText();
    BigDecimal total = TrytonSession.decimalOf(invoice.get("total_amount")).abs();
    return Optional.of(
        new PostedCreditNote(externalReference(invoice), new Money(total, Money.currency(code))));
  }

  private Optional<JsonNode> find(String reference) {
    ArrayNode domain = TrytonSession.clause(tryton.domain(), "reference", "=", reference);
    TrytonSession.clause(domain, "type", "=", "out");
    return tryton.first(INVOICE, domain, "id", "number", "state");
  }

  /** The posting's currency in Tryton (by ISO code); rejected when Tryton lacks it. */
  long currency(ReturnPosting posting) {
    String code = posting.refundTotal().currency().getCurrencyCode();
    for (PostingLine line : posting.lines()) {
      if (!line.unitPrice().currency().getCurrencyCode().equals(code)) {
        throw new ErpRejectedException(
            "lines.unitPrice.currency: "
                + line.sku()
                + " is priced in "
                + line.unitPrice().currency()
                + ", the refund in "
                + code
                + " (rule: one currency per return)");
      }
    }
    return tryton
        .first("currency.currency", TrytonSession.clause(tryton.domain(), "code", "=", code), "id")
        .orElseThrow(
            () ->
                new ErpRejectedException(
                    "refundTotal.currency: Tryton has no currency " + code + " (rule: known)"))
        .get("id")
        .asLong();
  }

  /** The party with the customer id as code, else the configured walk-in customer. */
  TrytonLookups.Party customer(ReturnPosting posting) {
    return lookups
        .partyByCode(posting.customerId())
        .orElseGet(
            () ->
                lookups.configuredParty(
                    config.walkInCustomer(), "rebound.erp.tryton.walk-in-customer"));
  }

  private static String externalReference(JsonNode invoice) {
    JsonNode number = invoice.get("number");
    return number == null || number.isNull() || number.asText().isEmpty()
        ? INVOICE + ",id:" + invoice.get("id").asLong()
        : INVOICE + "," + number.asText();
  }
}
