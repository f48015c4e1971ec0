package io.rebound.protocols.inspection;

import io.rebound.protocols.Checks;

/**
 * One line of an inspection as the POS sends it: {@code quantity} units of the return's line {@code
 * lineIndex} (0-based, in the order of the return's {@code lines}) get {@code disposition}.
 * Guarantees: {@code lineIndex} is 0..199; {@code quantity} 1..9999; {@code disposition} is set;
 * optional {@code sku} (a check: when given it must be the sku of that line), {@code vendorId}
 * (only with {@code DEFECTIVE}) are 1–64 characters, {@code note} 1–500, none blank.
 */
public record InspectionRequestLine(
    int lineIndex,
    String sku,
    int quantity,
    Disposition disposition,
    String vendorId,
    String note) {

  public InspectionRequestLine {
    if (sku != null) {
      Checks.text(sku, "sku", 64);
    }
    InspectionLines.check(lineIndex, quantity, disposition, vendorId, note);
  }

  /** A validated line without sku check, vendor or note. */
  public static InspectionRequestLine of(int lineIndex, int quantity, Disposition disposition) {
    return new InspectionRequestLine(lineIndex, null, quantity, disposition, null, null);
  }
}
