package io.rebound.edge.returns.policy;

import io.rebound.protocols.returns.ReturnLine;
import java.util.Objects;

/**
 * Identifies a line of an original sale in the local ledger: the POS's {@code saleLineId} when
 * given, else the SKU within the sale ({@code lineKey} is {@code line:<id>} or {@code sku:<sku>}).
 */
public record SaleLineKey(String saleId, String lineKey) {
  public SaleLineKey {
    Objects.requireNonNull(saleId, "saleId");
    Objects.requireNonNull(lineKey, "lineKey");
  }

  /** The key of {@code line} of sale {@code saleId}. */
  public static SaleLineKey of(String saleId, ReturnLine line) {
    return new SaleLineKey(
        saleId, line.saleLineId() != null ? "line:" + line.saleLineId() : "sku:" + line.sku());
  }

  /** The request field that identifies the line: {@code saleLineId} or {@code sku}. */
  public String fieldName() {
    return lineKey.startsWith("line:") ? "saleLineId" : "sku";
  }

  /** For messages: {@code line L2 of sale WEB-1} or {@code SKU-1 of sale WEB-1}. */
  public String describe() {
    return lineKey.startsWith("line:")
        ? "line " + lineKey.substring(5) + " of sale " + saleId
        : lineKey.substring(4) + " of sale " + saleId;
  }
}
