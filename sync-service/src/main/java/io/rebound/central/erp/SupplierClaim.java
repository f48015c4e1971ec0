package io.rebound.central.erp;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A supplier return for the DEFECTIVE lines of one return and one vendor (null = unknown). */
public record SupplierClaim(
    ReturnId returnId,
    StoreId storeId,
    Instant inspectedAt,
    String vendorId,
    List<DispositionLine> lines) {
  public SupplierClaim {
    Objects.requireNonNull(returnId, "returnId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(inspectedAt, "inspectedAt");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("lines: at least one line");
    }
  }
}
