package io.rebound.edge.returns.inspection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.inventory.InventoryLedger;
import io.rebound.edge.inventory.InventoryMove;
import io.rebound.edge.inventory.InventoryState;
import io.rebound.edge.outbox.OutboxAppender;
import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.edge.returns.idempotency.IdempotencyStore;
import io.rebound.edge.store.WriteTask;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.json.ProtocolJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * One inspection step as one write-lane task: re-check the key, load the return and what is already
 * inspected, apply {@link InspectionRules}, then insert the outbox event (next sequence), the step
 * and its lines, the inventory moves and the idempotency record together. A refused step writes
 * nothing. Running on the single writer thread makes the quantity check race-free.
 */
final class InspectionWriter implements WriteTask<InspectionOutcome> {
  static final int CREATED = 201;

  private final PreparedInspection prepared;

  InspectionWriter(PreparedInspection prepared) {
    this.prepared = prepared;
  }

  @Override
  public InspectionOutcome run(Connection c) throws SQLException {
    Optional<IdempotencyRecord> existing = IdempotencyStore.find(c, prepared.key());
    if (existing.isPresent()) {
      return existing.get().matches(prepared.fingerprint())
          ? new InspectionOutcome.Replayed(existing.get())
          : new InspectionOutcome.KeyReused(existing.get().returnId());
    }
    Optional<ReturnInspection> current = InspectionStore.load(c, prepared.returnId());
    if (current.isEmpty()) {
      return new InspectionOutcome.UnknownReturn(prepared.returnId());
    }
    InspectionRules.Result checked = InspectionRules.check(current.get(), prepared.request());
    if (checked.refusal().isPresent()) {
      return new InspectionOutcome.Refused(checked.refusal().get());
    }
    List<InspectedLine> lines = checked.lines().orElseThrow();
    ReturnInspected step =
        ReturnInspected.of(
            prepared.returnId(),
            prepared.storeId(),
            prepared.inspectedAt(),
            prepared.request().inspectedBy(),
            lines);
    EventEnvelope envelope =
        OutboxAppender.append(
            c,
            prepared.eventId(),
            prepared.inspectedAt(),
            prepared.traceparent(),
            prepared.returnId(),
            step);
    InspectionStore.insert(c, envelope, step);
    InventoryLedger.append(
        c, moves(lines), prepared.returnId(), prepared.eventId(), prepared.inspectedAt());
    IdempotencyRecord response =
        new IdempotencyRecord(
            prepared.fingerprint(),
            prepared.returnId(),
            CREATED,
            responseBody(envelope, step, current.get().with(lines)));
    IdempotencyStore.insert(c, prepared.key(), response, prepared.inspectedAt());
    return new InspectionOutcome.Recorded(response);
  }

  private static List<InventoryMove> moves(List<InspectedLine> lines) {
    return lines.stream()
        .map(
            l ->
                new InventoryMove(
                    l.sku(),
                    l.quantity(),
                    InventoryState.PENDING_INSPECTION,
                    InventoryState.of(l.disposition()),
                    Optional.ofNullable(l.vendorId())))
        .toList();
  }

  /** The step as published, plus its event and the return's inspection state after it. */
  private static byte[] responseBody(
      EventEnvelope envelope, ReturnInspected step, ReturnInspection after) {
    ObjectNode body = ProtocolJson.toTree(step).deepCopy();
    body.put("eventId", envelope.eventId().toString());
    body.put("sequence", envelope.sequence());
    body.set("inspection", after.toJson());
    return ProtocolJson.toBytes(body);
  }
}
