package io.rebound.protocols.inspection;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;

/** The checks shared by the request's and the event's inspection lines. */
final class InspectionLines {
  /** Lines of one return are indexed 0..{@value}-1 (a return has at most 200 lines). */
  static final int MAX_LINE_INDEX = 199;

  /** Units of one line; the same bound as a return line's quantity. */
  static final int MAX_QUANTITY = 9_999;

  private InspectionLines() {}

  static void check(
      int lineIndex, int quantity, Disposition disposition, String vendorId, String note) {
    if (lineIndex < 0 || lineIndex > MAX_LINE_INDEX) {
      throw new InvalidMessageException(
          "lineIndex", "range", "must be between 0 and " + MAX_LINE_INDEX);
    }
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw new InvalidMessageException(
          "quantity", "range", "must be between 1 and " + MAX_QUANTITY);
    }
    Checks.required(disposition, "disposition");
    if (vendorId != null) {
      Checks.text(vendorId, "vendorId", 64);
      if (disposition != Disposition.DEFECTIVE) {
        throw new InvalidMessageException(
            "vendorId",
            "vendor-only-for-defective",
            "may only be given for disposition DEFECTIVE (a supplier claim), not " + disposition);
      }
    }
    if (note != null) {
      Checks.text(note, "note", 500);
    }
  }
}
