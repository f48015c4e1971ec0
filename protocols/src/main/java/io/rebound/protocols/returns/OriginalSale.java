package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import java.time.Instant;
import java.util.List;

/**
 * The receipted sale a return refers to; absent on a no-receipt return. Guarantees: {@code saleId}
 * is 1–64 characters, not blank; channel and sale instant are set; 1–16 non-null tenders, held in
 * an unmodifiable list.
 */
public record OriginalSale(
    String saleId, SaleChannel channel, Instant soldAt, List<Tender> tenders) {
  public OriginalSale {
    Checks.text(saleId, "saleId", 64);
    Checks.required(channel, "channel");
    Checks.required(soldAt, "soldAt");
    tenders = Checks.nonEmpty(tenders, "tenders", 16);
  }

  /** A validated original sale. */
  public static OriginalSale of(
      String saleId, SaleChannel channel, Instant soldAt, List<Tender> tenders) {
    return new OriginalSale(saleId, channel, soldAt, tenders);
  }
}
