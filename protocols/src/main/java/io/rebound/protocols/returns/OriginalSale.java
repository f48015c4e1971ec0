package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import java.time.Instant;
import java.util.List;

/** The receipted sale a return refers to; absent on a no-receipt return. */
public record OriginalSale(
    String saleId, SaleChannel channel, Instant soldAt, List<Tender> tenders) {
  public OriginalSale {
    Checks.text(saleId, "saleId", 64);
    Checks.required(channel, "channel");
    Checks.required(soldAt, "soldAt");
    tenders = Checks.nonEmpty(tenders, "tenders", 16);
  }
}
