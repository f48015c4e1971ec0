package io.rebound.edge.inventory;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code quantity} units of {@code sku} move from {@code from} to {@code to}; only allowed moves
 * can be built. {@code vendorId} names the supplier of a {@code SUPPLIER_CLAIM}, when known.
 */
public record InventoryMove(
    String sku, int quantity, InventoryState from, InventoryState to, Optional<String> vendorId) {
  public InventoryMove {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(vendorId, "vendorId");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
    }
    from.moveTo(to);
  }
}
