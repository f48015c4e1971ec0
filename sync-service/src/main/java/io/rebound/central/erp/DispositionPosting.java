package io.rebound.central.erp;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Stock moves after inspection: the DAMAGED and TO_WAREHOUSE lines of one return. */
public record DispositionPosting(
    ReturnId returnId, StoreId storeId, Instant inspectedAt, List<DispositionLine> lines) {
  public DispositionPosting {
    Objects.requireNonNull(returnId, "returnId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(inspectedAt, "inspectedAt");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("lines: at least one line");
    }
  }
}
