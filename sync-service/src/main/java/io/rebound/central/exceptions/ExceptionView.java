package io.rebound.central.exceptions;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.time.Instant;

/**
 * An exception record as the API shows it. For {@code DUPLICATE_SALE_LINE_RETURN}: {@code first} is
 * the return central recorded earlier for the sale line, {@code second} the later one.
 */
public record ExceptionView(
    long id,
    ExceptionKind kind,
    ExceptionState state,
    String saleId,
    String lineKey,
    ReturnRef first,
    ReturnRef second,
    Instant detectedAt) {

  /** One of the returns involved, with the quantity it returned of the line. */
  public record ReturnRef(StoreId storeId, ReturnId returnId, int quantity) {}

  /** A one-line description for logs and the return timeline. */
  public String describe() {
    return "sale "
        + saleId
        + " "
        + lineKey
        + " returned at store "
        + first.storeId()
        + " (return "
        + first.returnId()
        + ") and at store "
        + second.storeId()
        + " (return "
        + second.returnId()
        + ")";
  }
}
