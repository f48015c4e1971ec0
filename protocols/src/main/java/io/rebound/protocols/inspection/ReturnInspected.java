package io.rebound.protocols.inspection;

import io.rebound.protocols.Checks;
import io.rebound.protocols.envelope.EventPayload;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.time.Instant;
import java.util.List;

/**
 * Event payload {@code return.inspected}: one inspection step of a return at the store, published
 * after the return's {@code return.accepted} (a higher sequence). Several steps may follow each
 * other until all returned units are dispositioned; each step lists only its own lines. Guarantees:
 * every component is set; {@code inspectedBy} is 1–64 characters; {@code lines} holds 1–200 lines.
 */
public record ReturnInspected(
    ReturnId returnId,
    StoreId storeId,
    Instant inspectedAt,
    String inspectedBy,
    List<InspectedLine> lines)
    implements EventPayload {

  public ReturnInspected {
    Checks.required(returnId, "returnId");
    Checks.required(storeId, "storeId");
    Checks.required(inspectedAt, "inspectedAt");
    Checks.text(inspectedBy, "inspectedBy", 64);
    lines = Checks.nonEmpty(lines, "lines", InspectionRequest.MAX_LINES);
  }

  /** A validated payload. */
  public static ReturnInspected of(
      ReturnId returnId,
      StoreId storeId,
      Instant inspectedAt,
      String inspectedBy,
      List<InspectedLine> lines) {
    return new ReturnInspected(returnId, storeId, inspectedAt, inspectedBy, lines);
  }

  @Override
  public StoreId payloadStoreId() {
    return storeId;
  }
}
