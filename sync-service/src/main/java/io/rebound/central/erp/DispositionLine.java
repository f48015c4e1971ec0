package io.rebound.central.erp;

import io.rebound.protocols.inspection.Disposition;
import java.util.Objects;

/** {@code quantity} units of {@code sku} with their inspection outcome. */
public record DispositionLine(String sku, int quantity, Disposition disposition, String vendorId) {
  public DispositionLine {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(disposition, "disposition");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity: must be at least 1");
    }
  }
}
