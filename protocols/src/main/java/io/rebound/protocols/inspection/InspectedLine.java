package io.rebound.protocols.inspection;

import io.rebound.protocols.Checks;

/**
 * One line of a {@link ReturnInspected} event: {@code quantity} units of the return's line {@code
 * lineIndex} (0-based), whose sku is {@code sku}, got {@code disposition}. Guarantees: as {@link
 * InspectionRequestLine}, and {@code sku} is always set (the agent fills it from the return).
 */
public record InspectedLine(
    int lineIndex,
    String sku,
    int quantity,
    Disposition disposition,
    String vendorId,
    String note) {

  public InspectedLine {
    Checks.text(sku, "sku", 64);
    InspectionLines.check(lineIndex, quantity, disposition, vendorId, note);
  }

  /** A validated line. */
  public static InspectedLine of(
      int lineIndex,
      String sku,
      int quantity,
      Disposition disposition,
      String vendorId,
      String note) {
    return new InspectedLine(lineIndex, sku, quantity, disposition, vendorId, note);
  }
}
