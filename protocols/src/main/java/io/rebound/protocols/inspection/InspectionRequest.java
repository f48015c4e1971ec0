package io.rebound.protocols.inspection;

import io.rebound.protocols.Checks;
import java.util.List;

/**
 * POS → agent: body of {@code POST /api/v1/returns/{returnId}/inspection}. One inspection step; a
 * return may be inspected in several steps until every returned unit has a disposition. Guarantees:
 * {@code inspectedBy} is 1–64 characters, not blank (free text until manager identities exist);
 * {@code lines} holds 1–{@value #MAX_LINES} lines (the same return line may appear several times,
 * e.g. to split its units between dispositions).
 */
public record InspectionRequest(String inspectedBy, List<InspectionRequestLine> lines) {
  /** Most lines in one inspection step. */
  public static final int MAX_LINES = 200;

  public InspectionRequest {
    Checks.text(inspectedBy, "inspectedBy", 64);
    lines = Checks.nonEmpty(lines, "lines", MAX_LINES);
  }

  /** A validated request. */
  public static InspectionRequest of(String inspectedBy, List<InspectionRequestLine> lines) {
    return new InspectionRequest(inspectedBy, lines);
  }
}
