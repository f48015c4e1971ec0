package io.rebound.edge.returns.inspection;

import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.InspectionRequest;
import io.rebound.protocols.inspection.InspectionRequestLine;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one inspection step against the return: it must be ACCEPTED (409 otherwise); each line
 * must name an existing return line, match its sku when one is given, and, added up per return line
 * over the whole step, not exceed the units not yet inspected (422, naming {@code lines[i].…}).
 */
public final class InspectionRules {
  private InspectionRules() {}

  /** The step's event lines (sku filled in from the return), or why it is refused. */
  public static Result check(ReturnInspection current, InspectionRequest request) {
    if (current.status() != ReturnStatus.ACCEPTED) {
      return refuse(
          InspectionRefusal.CONFLICT,
          "returnId",
          "inspection.return-not-accepted",
          "return "
              + current.returnId()
              + " is "
              + current.status()
              + "; only accepted returns can be inspected");
    }
    List<ReturnLine> lines = current.lines();
    int[] used = new int[lines.size()];
    List<InspectedLine> out = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      InspectionRequestLine l = request.lines().get(i);
      String at = "lines[" + i + "]";
      if (l.lineIndex() >= lines.size()) {
        return refuse(
            InspectionRefusal.UNPROCESSABLE,
            at + ".lineIndex",
            "inspection.line-exists",
            "return " + current.returnId() + " has lines 0.." + (lines.size() - 1) + " only");
      }
      ReturnLine line = lines.get(l.lineIndex());
      if (l.sku() != null && !l.sku().equals(line.sku())) {
        return refuse(
            InspectionRefusal.UNPROCESSABLE,
            at + ".sku",
            "inspection.sku-matches-line",
            "line " + l.lineIndex() + " is sku '" + line.sku() + "', not '" + l.sku() + "'");
      }
      used[l.lineIndex()] += l.quantity();
      int remaining = current.remaining(l.lineIndex());
      if (used[l.lineIndex()] > remaining) {
        return refuse(
            InspectionRefusal.UNPROCESSABLE,
            at + ".quantity",
            "inspection.quantity-exceeds-returned",
            "this step inspects "
                + used[l.lineIndex()]
                + " unit(s) of line "
                + l.lineIndex()
                + " ("
                + line.sku()
                + ") but only "
                + remaining
                + " of its "
                + line.quantity()
                + " returned unit(s) are not yet inspected");
      }
      out.add(
          InspectedLine.of(
              l.lineIndex(), line.sku(), l.quantity(), l.disposition(), l.vendorId(), l.note()));
    }
    return new Result(Optional.of(out), Optional.empty());
  }

  private static Result refuse(int status, String field, String rule, String detail) {
    return new Result(
        Optional.empty(), Optional.of(new InspectionRefusal(status, field, rule, detail)));
  }

  /** Exactly one of {@code lines} (allowed) and {@code refusal} is present. */
  public record Result(Optional<List<InspectedLine>> lines, Optional<InspectionRefusal> refusal) {}
}
