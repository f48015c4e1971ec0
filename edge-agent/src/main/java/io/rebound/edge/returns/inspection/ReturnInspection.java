package io.rebound.edge.returns.inspection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A return's lines and how many of each line's units already have which disposition. Immutable;
 * {@link #with} gives the state after a step. Quantities never exceed the returned ones: {@link
 * InspectionRules} refuses a step that would.
 */
public final class ReturnInspection {
  private final ReturnId returnId;
  private final ReturnStatus status;
  private final List<ReturnLine> lines;
  private final List<Map<Disposition, Integer>> dispositioned;

  ReturnInspection(
      ReturnId returnId,
      ReturnStatus status,
      List<ReturnLine> lines,
      List<Map<Disposition, Integer>> dispositioned) {
    this.returnId = returnId;
    this.status = status;
    this.lines = List.copyOf(lines);
    this.dispositioned = dispositioned.stream().map(ReturnInspection::copy).toList();
  }

  /** A return nothing of which was inspected yet. */
  public static ReturnInspection uninspected(
      ReturnId returnId, ReturnStatus status, List<ReturnLine> lines) {
    List<Map<Disposition, Integer>> none = new ArrayList<>();
    lines.forEach(l -> none.add(new EnumMap<>(Disposition.class)));
    return new ReturnInspection(returnId, status, lines, none);
  }

  public ReturnId returnId() {
    return returnId;
  }

  public ReturnStatus status() {
    return status;
  }

  public List<ReturnLine> lines() {
    return lines;
  }

  /** Units of line {@code lineIndex} that have no disposition yet. */
  public int remaining(int lineIndex) {
    return lines.get(lineIndex).quantity() - inspected(lineIndex);
  }

  int inspected(int lineIndex) {
    return dispositioned.get(lineIndex).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The state after recording {@code step} (which must have passed {@link InspectionRules}). */
  public ReturnInspection with(List<InspectedLine> step) {
    List<Map<Disposition, Integer>> next = new ArrayList<>(dispositioned);
    for (InspectedLine l : step) {
      Map<Disposition, Integer> counts = copy(next.get(l.lineIndex()));
      counts.merge(l.disposition(), l.quantity(), Integer::sum);
      next.set(l.lineIndex(), counts);
    }
    return new ReturnInspection(returnId, status, lines, next);
  }

  public InspectionState state() {
    long returned = lines.stream().mapToLong(ReturnLine::quantity).sum();
    long inspected = 0;
    for (int i = 0; i < lines.size(); i++) {
      inspected += inspected(i);
    }
    return InspectionState.of(returned, inspected);
  }

  /**
   * {@code {"state":…,"lines":[{"lineIndex","sku","returned","pendingInspection",
   * "dispositions":{"RESELLABLE":n,…}}]}}; dispositions lists only those with units.
   */
  public ObjectNode toJson() {
    ObjectNode root = ProtocolJson.mapper().createObjectNode();
    root.put("state", state().name());
    ArrayNode array = root.putArray("lines");
    for (int i = 0; i < lines.size(); i++) {
      ObjectNode line = array.addObject();
      line.put("lineIndex", i);
      line.put("sku", lines.get(i).sku());
      line.put("returned", lines.get(i).quantity());
      line.put("pendingInspection", remaining(i));
      ObjectNode counts = line.putObject("dispositions");
      dispositioned.get(i).forEach((d, n) -> counts.put(d.name(), n));
    }
    return root;
  }

  private static Map<Disposition, Integer> copy(Map<Disposition, Integer> counts) {
    Map<Disposition, Integer> copy = new EnumMap<>(Disposition.class);
    copy.putAll(counts);
    return copy;
  }
}
