package io.rebound.central.erp.tryton;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.config.TrytonConfig;
import io.rebound.central.erp.DispositionLine;
import io.rebound.central.erp.DispositionPosting;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.ErpRejectedException;
import io.rebound.central.erp.PostedCreditNote;
import io.rebound.central.erp.PostingLine;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.central.erp.SupplierClaim;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.Disposition;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Books returns in Tryton over JSON-RPC: a posted customer credit note ({@code account.invoice}), a
 * customer return shipment received and done, internal shipments for dispositions and a supplier
 * return shipment per claim. Every document carries its {@link ErpReference} in Tryton's {@code
 * reference} field and is looked up by it first.
 */
@ApplicationScoped
@Identifier("tryton")
public class TrytonErpAdapter implements ErpAdapter {
  static final String SHIPMENT_RETURN = "stock.shipment.out.return";
  static final String SHIPMENT_INTERNAL = "stock.shipment.internal";
  static final String SHIPMENT_SUPPLIER = "stock.shipment.in.return";

  private final TrytonConfig config;
  private final TrytonSession tryton;
  private final TrytonLookups lookups;
  private final TrytonShipments shipments;
  private final TrytonCreditNotes creditNotes;

  @Inject
  public TrytonErpAdapter(CentralConfig config) {
    this(config.erp().tryton());
  }

  public TrytonErpAdapter(TrytonConfig config) {
    this.config = config;
    TrytonRpc rpc =
        new TrytonRpc(
            config.url(),
            config.database(),
            config.user(),
            config.password(),
            config.requestTimeout());
    this.tryton = new TrytonSession(rpc, config.company());
    this.lookups = new TrytonLookups(tryton, config);
    this.shipments = new TrytonShipments(tryton);
    this.creditNotes = new TrytonCreditNotes(tryton, lookups, config);
  }

  @Override
  public String kind() {
    return "tryton";
  }

  @Override
  public ErpDocument postCreditNote(ReturnPosting posting) {
    return creditNotes.post(posting);
  }

  @Override
  public Optional<PostedCreditNote> findCreditNote(ReturnId returnId) {
    return creditNotes.read(returnId);
  }

  @Override
  public ErpDocument postStockReturn(ReturnPosting posting) {
    String reference = ErpReference.stockReturn(posting.returnId());
    var existing = shipments.existing(SHIPMENT_RETURN, reference, ShipmentFlow.RECEIVE);
    if (existing.isPresent()) {
      return existing.get();
    }
    long currency = creditNotes.currency(posting);
    TrytonLookups.Party customer = creditNotes.customer(posting);
    TrytonLookups.Warehouse warehouse = lookups.warehouse(posting.storeId());
    long customerLocation = lookups.locationOfType("customer");
    long company = tryton.company().id();
    ArrayNode moves = tryton.array();
    for (PostingLine line : posting.lines()) {
      TrytonLookups.Product product = lookups.product(line.sku());
      moves
          .addObject()
          .put("product", product.id())
          .put("uom", product.uom())
          .put("quantity", line.quantity())
          .put("from_location", customerLocation)
          .put("to_location", warehouse.input())
          .put("currency", currency)
          .put("company", company)
          .set("unit_price", tryton.decimal(line.unitPrice().amount()));
    }
    ObjectNode shipment =
        tryton
            .object()
            .put("company", company)
            .put("customer", customer.id())
            .put("warehouse", warehouse.id())
            .put("reference", reference);
    if (customer.address() != null) {
      shipment.put("delivery_address", customer.address());
    }
    shipment.set("planned_date", tryton.date(day(posting.acceptedAt())));
    shipment.set("incoming_moves", tryton.createLines(moves));
    List<Long> ids = tryton.create(SHIPMENT_RETURN, tryton.array().add(shipment));
    return shipments.finishCreated(SHIPMENT_RETURN, ids, ShipmentFlow.RECEIVE);
  }

  @Override
  public ErpDocument postDisposition(DispositionPosting posting) {
    String reference = ErpReference.disposition(posting.returnId());
    var existing = shipments.existing(SHIPMENT_INTERNAL, reference, ShipmentFlow.ASSIGN);
    if (existing.isPresent()) {
      return existing.get();
    }
    Map<Disposition, List<DispositionLine>> byDestination = new EnumMap<>(Disposition.class);
    for (int i = 0; i < posting.lines().size(); i++) {
      DispositionLine line = posting.lines().get(i);
      if (line.disposition() != Disposition.DAMAGED
          && line.disposition() != Disposition.TO_WAREHOUSE) {
        throw new ErpRejectedException(
            "lines["
                + i
                + "].disposition: "
                + line.disposition()
                + " is not moved by a disposition (rule: DAMAGED or TO_WAREHOUSE)");
      }
      byDestination.computeIfAbsent(line.disposition(), d -> new ArrayList<>()).add(line);
    }
    long storage = lookups.warehouse(posting.storeId()).storage();
    LocalDate day = day(posting.inspectedAt());
    // One internal shipment per destination, created in ONE call (one Tryton transaction), so a
    // lookup by reference finds all of them or none.
    ArrayNode records = tryton.array();
    for (var entry : byDestination.entrySet()) {
      long to =
          entry.getKey() == Disposition.DAMAGED
              ? lookups.location(config.scrapLocation(), "rebound.erp.tryton.scrap-location")
              : lookups.location(config.centralLocation(), "rebound.erp.tryton.central-location");
      records.add(shipment(reference, storage, to, day, entry.getValue(), false));
    }
    List<Long> ids = tryton.create(SHIPMENT_INTERNAL, records);
    return shipments.finishCreated(SHIPMENT_INTERNAL, ids, ShipmentFlow.ASSIGN);
  }

  @Override
  public ErpDocument raiseSupplierClaim(SupplierClaim claim) {
    String reference = ErpReference.supplierClaim(claim.returnId(), claim.vendorId());
    var existing = shipments.existing(SHIPMENT_SUPPLIER, reference, ShipmentFlow.ASSIGN);
    if (existing.isPresent()) {
      return existing.get();
    }
    TrytonLookups.Party supplier =
        lookups
            .partyByCode(claim.vendorId())
            .orElseGet(
                () ->
                    lookups.configuredParty(
                        config.defaultSupplier(), "rebound.erp.tryton.default-supplier"));
    long storage = lookups.warehouse(claim.storeId()).storage();
    long supplierLocation = lookups.locationOfType("supplier");
    ObjectNode shipment =
        shipment(
            reference, storage, supplierLocation, day(claim.inspectedAt()), claim.lines(), true);
    shipment.put("supplier", supplier.id());
    if (supplier.address() != null) {
      shipment.put("delivery_address", supplier.address());
    }
    List<Long> ids = tryton.create(SHIPMENT_SUPPLIER, tryton.array().add(shipment));
    return shipments.finishCreated(SHIPMENT_SUPPLIER, ids, ShipmentFlow.ASSIGN);
  }

  /** A shipment from {@code from} to {@code to} with a move per line (priced at cost if asked). */
  private ObjectNode shipment(
      String reference,
      long from,
      long to,
      LocalDate day,
      List<DispositionLine> lines,
      boolean priced) {
    long company = tryton.company().id();
    ArrayNode moves = tryton.array();
    for (DispositionLine line : lines) {
      TrytonLookups.Product product = lookups.product(line.sku());
      ObjectNode move =
          moves
              .addObject()
              .put("product", product.id())
              .put("uom", product.uom())
              .put("quantity", line.quantity())
              .put("from_location", from)
              .put("to_location", to)
              .put("company", company);
      if (priced) {
        move.put("currency", tryton.company().currency());
        move.set("unit_price", tryton.decimal(product.costPrice()));
      }
    }
    ObjectNode shipment =
        tryton
            .object()
            .put("company", company)
            .put("reference", reference)
            .put("from_location", from)
            .put("to_location", to);
    shipment.set("planned_date", tryton.date(day));
    if (!priced) {
      shipment.set("planned_start_date", tryton.date(day)); // internal shipments only
    }
    shipment.set("moves", tryton.createLines(moves));
    return shipment;
  }

  static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
