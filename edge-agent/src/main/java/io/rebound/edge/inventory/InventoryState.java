package io.rebound.edge.inventory;

import io.rebound.protocols.inspection.Disposition;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where returned units of a sku stand at the store. Accepted units are {@link #PENDING_INSPECTION};
 * an inspection moves them to the state of their disposition. The other states are final at the
 * store for now (warehouse receipt and supplier settlement belong to later issues).
 */
public enum InventoryState {
  /** Accepted from the customer, not yet inspected. */
  PENDING_INSPECTION,
  /** Back in sellable stock (disposition {@code RESELLABLE}). */
  SELLABLE,
  /** Set aside for liquidation (disposition {@code DAMAGED}). */
  LIQUIDATION,
  /** Held for a claim against the supplier (disposition {@code DEFECTIVE}). */
  SUPPLIER_CLAIM,
  /** Leaving for the warehouse (disposition {@code TO_WAREHOUSE}). */
  IN_TRANSIT_TO_WAREHOUSE;

  /** The states units in this state may move to. */
  public Set<InventoryState> allowedNext() {
    return this == PENDING_INSPECTION
        ? EnumSet.of(SELLABLE, LIQUIDATION, SUPPLIER_CLAIM, IN_TRANSIT_TO_WAREHOUSE)
        : EnumSet.noneOf(InventoryState.class);
  }

  public boolean canMoveTo(InventoryState next) {
    return allowedNext().contains(next);
  }

  /** {@code next}, or {@link IllegalInventoryMoveException} if the move is not allowed. */
  public InventoryState moveTo(InventoryState next) {
    if (!canMoveTo(next)) {
      throw new IllegalInventoryMoveException(this, next);
    }
    return next;
  }

  /** The state inspected units with {@code disposition} end in. */
  public static InventoryState of(Disposition disposition) {
    return switch (disposition) {
      case RESELLABLE -> SELLABLE;
      case DAMAGED -> LIQUIDATION;
      case DEFECTIVE -> SUPPLIER_CLAIM;
      case TO_WAREHOUSE -> IN_TRANSIT_TO_WAREHOUSE;
    };
  }
}
