package io.rebound.central.erp;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the ERP needs to book an accepted return.
 *
 * @param customerId the customer's id at the retailer, or null (walk-in / no receipt)
 * @param saleId the original sale id, or null for a no-receipt return
 * @param refundTotal the amount refunded, in the store currency (sum of the lines)
 */
public record ReturnPosting(
    ReturnId returnId,
    StoreId storeId,
    Instant acceptedAt,
    String customerId,
    String saleId,
    Money refundTotal,
    List<PostingLine> lines) {
  public ReturnPosting {
    Objects.requireNonNull(returnId, "returnId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    Objects.requireNonNull(refundTotal, "refundTotal");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("lines: at least one line");
    }
  }
}
