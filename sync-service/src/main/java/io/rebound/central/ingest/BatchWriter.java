package io.rebound.central.ingest;

import io.rebound.central.acks.StoreAck;
import io.rebound.central.approvals.ApprovalWriter;
import io.rebound.central.audit.AuditEventWriter;
import io.rebound.central.deadletters.DeadLetterWriter;
import io.rebound.central.exceptions.ExceptionView;
import io.rebound.central.exceptions.SaleLineLedger;
import io.rebound.central.inspections.InspectionWriter;
import io.rebound.central.process.store.ProcessPlanner;
import io.rebound.central.returns.ReturnWriter;
import io.rebound.central.storecredit.StoreCreditIssueWriter;
import io.rebound.central.stores.StoreChanges;
import io.rebound.central.stores.StoreTracker;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.audit.AuditRecorded;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.returns.ReturnAccepted;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one batch of decoded messages in the caller's transaction: dedupe rows, returns, process
 * steps, dead letters, then per-store watermarks and statuses under the store row locks. Rows are
 * written in key order (event id, return id, store id) so concurrent instances take locks in the
 * same order.
 */
@Singleton
public class BatchWriter {
  private static final int MAX_ACK_REASON = 1000;

  private final StoreTracker stores;
  private final Clock clock;

  @Inject
  public BatchWriter(StoreTracker stores) {
    this(stores, Clock.systemUTC());
  }

  BatchWriter(StoreTracker stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  public BatchResult write(Connection c, List<Decoded> batch) throws SQLException {
    List<Decoded.Event> events = new ArrayList<>();
    List<Decoded.Poison> poisons = new ArrayList<>();
    for (Decoded d : batch) {
      if (d instanceof Decoded.Event e) {
        events.add(e);
      } else if (d instanceof Decoded.Poison p) {
        poisons.add(p);
      }
    }
    events.sort(Comparator.comparing(e -> e.envelope().eventId().value()));
    boolean[] fresh = IngestedEvents.insert(c, events);
    Map<Decoded.Event, AckOutcome> outcomes = new IdentityHashMap<>();
    List<Decoded.Event> newEvents = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      outcomes.put(events.get(i), fresh[i] ? AckOutcome.STORED : AckOutcome.DUPLICATE);
      if (fresh[i]) {
        newEvents.add(events.get(i));
      }
    }
    List<Decoded.Event> acceptedEvents = ofType(newEvents, EventType.RETURN_ACCEPTED);
    Map<Decoded.Event, Decoded.Poison> refused = writeReturns(c, acceptedEvents);
    List<ExceptionView> raised =
        SaleLineLedger.record(
            c,
            acceptedEvents.stream()
                .filter(e -> !refused.containsKey(e))
                .map(BatchWriter::accepted)
                .toList(),
            clock.instant());
    List<Decoded.Event> inspectedEvents = ofType(newEvents, EventType.RETURN_INSPECTED);
    List<Decoded.Event> decidedEvents = ofType(newEvents, EventType.RETURN_APPROVAL_DECIDED);
    writeInspections(c, inspectedEvents);
    writeApprovals(c, decidedEvents);
    StoreCreditIssueWriter.write(
        c,
        ofType(newEvents, EventType.RETURN_STORE_CREDIT_ISSUED).stream()
            .map(
                e ->
                    new StoreCreditIssueWriter.NewIssue(
                        e.envelope(),
                        (StoreCreditIssued) e.envelope().payload(),
                        e.source().receivedAt()))
            .toList(),
        acceptedEvents.stream()
            .filter(e -> !refused.containsKey(e))
            .map(BatchWriter::accepted)
            .toList(),
        decidedEvents.stream().map(e -> (ApprovalDecided) e.envelope().payload()).toList());
    ProcessPlanner.plan(
        c,
        acceptedEvents.stream()
            .filter(e -> !refused.containsKey(e))
            .map(BatchWriter::accepted)
            .toList(),
        inspectedEvents.stream().map(e -> (ReturnInspected) e.envelope().payload()).toList(),
        decidedEvents.stream().map(e -> (ApprovalDecided) e.envelope().payload()).toList(),
        clock.instant());
    AuditEventWriter.insert(
        c,
        ofType(newEvents, EventType.AUDIT_RECORDED).stream()
            .map(
                e ->
                    new AuditEventWriter.NewAuditEvent(
                        e.envelope(),
                        (AuditRecorded) e.envelope().payload(),
                        e.source().receivedAt()))
            .toList());
    refused.forEach((event, poison) -> outcomes.put(event, AckOutcome.DEAD_LETTERED));
    IngestedEvents.delete(c, refused.keySet().stream().map(e -> e.envelope().eventId()).toList());
    poisons.addAll(refused.values());
    int newDeadLetters = 0;
    for (Decoded.Poison p : poisons) {
      newDeadLetters += DeadLetterWriter.insert(c, DeadLetters.of(p)) ? 1 : 0;
    }
    stores.apply(c, storeChanges(batch, outcomes), clock.instant());
    return result(batch, outcomes, refused, newDeadLetters).withRaised(raised);
  }

  private static Map<Decoded.Event, Decoded.Poison> writeReturns(
      Connection c, List<Decoded.Event> newEvents) throws SQLException {
    List<Decoded.Event> sorted = new ArrayList<>(newEvents);
    sorted.sort(Comparator.comparing(e -> accepted(e).returnId().value()));
    List<ReturnWriter.NewReturn> rows =
        sorted.stream()
            .map(
                e -> new ReturnWriter.NewReturn(e.envelope(), accepted(e), e.source().receivedAt()))
            .toList();
    boolean[] inserted = ReturnWriter.insert(c, rows);
    Map<Decoded.Event, Decoded.Poison> refused = new IdentityHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (!inserted[i]) {
        refused.put(sorted.get(i), DeadLetters.returnConflict(sorted.get(i)));
      }
    }
    return refused;
  }

  private static List<Decoded.Event> ofType(List<Decoded.Event> events, EventType type) {
    return events.stream().filter(e -> e.envelope().type() == type).toList();
  }

  private static void writeInspections(Connection c, List<Decoded.Event> newEvents)
      throws SQLException {
    InspectionWriter.insert(
        c,
        newEvents.stream()
            .map(
                e ->
                    new InspectionWriter.NewInspection(
                        e.envelope(),
                        (ReturnInspected) e.envelope().payload(),
                        e.source().receivedAt()))
            .toList());
  }

  private static void writeApprovals(Connection c, List<Decoded.Event> newEvents)
      throws SQLException {
    ApprovalWriter.insert(
        c,
        newEvents.stream()
            .map(
                e ->
                    new ApprovalWriter.NewApproval(
                        e.envelope(),
                        (ApprovalDecided) e.envelope().payload(),
                        e.source().receivedAt()))
            .toList());
  }

  private static ReturnAccepted accepted(Decoded.Event e) {
    return (ReturnAccepted) e.envelope().payload();
  }

  private static TreeMap<StoreId, StoreChanges> storeChanges(
      List<Decoded> batch, Map<Decoded.Event, AckOutcome> outcomes) {
    TreeMap<StoreId, StoreChanges> changes = new TreeMap<>(Comparator.comparing(StoreId::value));
    for (Decoded d : batch) {
      if (d instanceof Decoded.Event e && outcomes.get(e) == AckOutcome.STORED) {
        changes
            .computeIfAbsent(e.storeId(), s -> new StoreChanges())
            .stored(e.envelope().sequence(), e.source().receivedAt());
      } else if (d instanceof Decoded.Status s) {
        changes
            .computeIfAbsent(s.status().storeId(), id -> new StoreChanges())
            .status(s.status(), signOfLife(s));
      }
    }
    return changes;
  }

  /**
   * A live ONLINE status proves the store is alive now; a retained one only at its reportedAt; an
   * OFFLINE status (usually the broker's last will) proves nothing.
   */
  private static Instant signOfLife(Decoded.Status s) {
    if (s.status().state() != ConnectionState.ONLINE) {
      return null;
    }
    Instant received = s.source().receivedAt();
    if (!s.source().retained()) {
      return received;
    }
    Instant reported = s.status().reportedAt();
    return reported.isBefore(received) ? reported : received;
  }

  private static BatchResult result(
      List<Decoded> batch,
      Map<Decoded.Event, AckOutcome> outcomes,
      Map<Decoded.Event, Decoded.Poison> refused,
      int newDeadLetters) {
    List<StoreAck> acks = new ArrayList<>();
    int stored = 0;
    int duplicates = 0;
    int deadLettered = 0;
    for (Decoded d : batch) {
      if (d instanceof Decoded.Event e) {
        AckOutcome outcome = outcomes.get(e);
        String reason = refused.containsKey(e) ? refused.get(e).reason() : null;
        acks.add(
            ack(e.storeId(), e.envelope().eventId(), e.envelope().sequence(), outcome, reason));
        switch (outcome) {
          case STORED -> stored++;
          case DUPLICATE -> duplicates++;
          case DEAD_LETTERED -> deadLettered++;
        }
      } else if (d instanceof Decoded.Poison p) {
        deadLettered++;
        if (p.ackable()) {
          acks.add(
              ack(
                  p.storeId().orElseThrow(),
                  p.eventId().orElseThrow(),
                  p.sequence(),
                  AckOutcome.DEAD_LETTERED,
                  p.reason()));
        }
      }
    }
    return new BatchResult(acks, stored, duplicates, deadLettered, newDeadLetters);
  }

  /** The result for a poison message that could not even be recorded: acked, not stored. */
  static BatchResult unrecorded(Decoded.Poison p) {
    return result(List.of(p), Map.of(), Map.of(), 0);
  }

  private static StoreAck ack(
      StoreId store, EventId eventId, long sequence, AckOutcome outcome, String reason) {
    String shortReason =
        reason == null || reason.length() <= MAX_ACK_REASON
            ? reason
            : reason.substring(0, MAX_ACK_REASON - 1) + "…";
    return new StoreAck(store, new Ack(eventId, sequence, outcome, shortReason));
  }
}
