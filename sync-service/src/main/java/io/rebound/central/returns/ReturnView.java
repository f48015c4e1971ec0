package io.rebound.central.returns;

import io.rebound.central.exceptions.ExceptionView;
import io.rebound.central.process.model.StepView;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.Customer;
import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundPreference;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/returns/{returnId}}: the return's state, how it synced, the exceptions it is
 * involved in, its process steps (refund and ERP postings, each with state, attempts, external
 * reference, last error, adapter kind and SANDBOX mark) and its timeline.
 */
public record ReturnView(
    ReturnId returnId,
    StoreId storeId,
    TerminalId terminalId,
    ReturnStatus status,
    UpstreamMode mode,
    Instant acceptedAt,
    Money total,
    Refund refund,
    List<Decision> decisions,
    List<ReturnLine> lines,
    OriginalSale originalSale,
    Customer customer,
    RefundPreference refundPreference,
    Sync sync,
    List<ExceptionView> exceptions,
    List<StepView> steps,
    List<TimelineEntry> timeline) {

  /** How the return reached central. */
  public record Sync(EventId eventId, long sequence, Instant receivedAt) {}

  /**
   * One step of the return's journey; {@code dispositions} lists an {@code INSPECTED_AT_STORE}
   * step's inspected lines (absent for other steps).
   */
  public record TimelineEntry(
      Instant at, TimelineStep step, String detail, List<InspectedLine> dispositions) {
    TimelineEntry(Instant at, TimelineStep step, String detail) {
      this(at, step, detail, null);
    }
  }

  /** The steps a return goes through (later issues add refund, ERP and settlement steps). */
  public enum TimelineStep {
    ACCEPTED_AT_STORE,
    RECEIVED_BY_CENTRAL,
    /** One inspection step at the store (there may be several, until every unit is inspected). */
    INSPECTED_AT_STORE,
    /** Central found the same sale line returned by another return (see {@code exceptions}). */
    DUPLICATE_DETECTED,
    /** A manager approved or denied the return at the store (who and why in the detail). */
    APPROVAL_DECIDED,
    /**
     * One attempt of a process step (refund, credit note, stock return, disposition, supplier
     * claim): outcome, adapter kind, SANDBOX mark, external reference or error.
     */
    STEP_ATTEMPTED,
    /**
     * A process step was dead-lettered: rule and reason in the detail (e.g. a credit note held
     * because the refund was declined, rule {@code process.credit-note.refund-declined}).
     */
    STEP_DEAD_LETTERED,
    /** An operator replayed one of the return's dead letters (who, result). */
    REPLAYED,
    /** Store credit that waited for a number at the store was issued under one. */
    STORE_CREDIT_ISSUED
  }

  static ReturnView of(ReturnsRepository.StoredReturn stored) {
    ReturnAccepted a = stored.accepted();
    List<TimelineEntry> timeline = new ArrayList<>();
    timeline.addAll(
        List.of(
            new TimelineEntry(
                a.acceptedAt(),
                TimelineStep.ACCEPTED_AT_STORE,
                "accepted at store "
                    + a.storeId()
                    + " on terminal "
                    + a.request().terminalId()
                    + " while "
                    + a.mode()),
            new TimelineEntry(
                stored.receivedAt(),
                TimelineStep.RECEIVED_BY_CENTRAL,
                "stored by central from event "
                    + stored.eventId()
                    + " (store sequence "
                    + stored.sequence()
                    + ")")));
    stored.inspections().forEach(i -> timeline.add(inspected(i)));
    stored
        .exceptions()
        .forEach(
            e ->
                timeline.add(
                    new TimelineEntry(
                        e.detectedAt(),
                        TimelineStep.DUPLICATE_DETECTED,
                        "exception " + e.id() + ": " + e.describe())));
    stored.approvals().forEach(d -> timeline.add(decided(d)));
    stored.storeCreditIssued().ifPresent(i -> timeline.add(issued(i)));
    timeline.addAll(ProcessTimeline.entries(stored.steps(), stored.audit()));
    // a decision replaces the status and refund the store accepted the return with
    Optional<ApprovalDecided> decision =
        stored.approvals().isEmpty()
            ? Optional.empty()
            : Optional.of(stored.approvals().get(stored.approvals().size() - 1));
    // after the acceptance (always first), by time: inspections may precede central's receipt
    timeline.subList(1, timeline.size()).sort(Comparator.comparing(TimelineEntry::at));
    return new ReturnView(
        a.returnId(),
        a.storeId(),
        a.request().terminalId(),
        decision.map(ApprovalDecided::status).orElse(a.status()),
        a.mode(),
        a.acceptedAt(),
        a.request().total(),
        refund(a, decision, stored.storeCreditIssued()),
        a.decisions(),
        a.request().lines(),
        a.request().originalSale(),
        a.request().customer(),
        a.request().refundPreference(),
        new Sync(stored.eventId(), stored.sequence(), stored.receivedAt()),
        stored.exceptions(),
        stored.steps(),
        List.copyOf(timeline));
  }

  /**
   * The refund as the store last stated it: the accepted one, replaced by a manager's decision, and
   * by the late issue of a deferred store credit (which always follows the decision at the store).
   */
  private static Refund refund(
      ReturnAccepted a, Optional<ApprovalDecided> decision, Optional<StoreCreditIssued> issued) {
    Refund refund = decision.map(ApprovalDecided::refund).orElse(a.refund());
    return issued
        .map(
            i ->
                new Refund(
                    refund.method(), refund.amount(), RefundStatus.ISSUED, i.storeCreditNumber()))
        .orElse(refund);
  }

  private static TimelineEntry issued(StoreCreditIssued i) {
    return new TimelineEntry(
        i.issuedAt(),
        TimelineStep.STORE_CREDIT_ISSUED,
        "store credit issued "
            + i.storeCreditNumber()
            + " at the store "
            + i.storeId()
            + " ("
            + i.amount()
            + "; it waited for a store-credit number)");
  }

  private static TimelineEntry decided(ApprovalDecided d) {
    return new TimelineEntry(
        d.decidedAt(),
        TimelineStep.APPROVAL_DECIDED,
        d.decision()
            + " at store "
            + d.storeId()
            + " by manager "
            + d.manager()
            + ": "
            + d.reason()
            + " (now "
            + d.status()
            + ", refund "
            + d.refund().status()
            + ")");
  }

  private static TimelineEntry inspected(ReturnInspected step) {
    String lines =
        step.lines().stream()
            .map(
                l ->
                    l.quantity()
                        + " x "
                        + l.sku()
                        + " (line "
                        + l.lineIndex()
                        + ") "
                        + l.disposition()
                        + (l.vendorId() == null ? "" : " vendor " + l.vendorId()))
            .collect(Collectors.joining(", "));
    return new TimelineEntry(
        step.inspectedAt(),
        TimelineStep.INSPECTED_AT_STORE,
        "inspected at store " + step.storeId() + " by " + step.inspectedBy() + ": " + lines,
        step.lines());
  }
}
