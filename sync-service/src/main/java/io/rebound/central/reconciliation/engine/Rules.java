package io.rebound.central.reconciliation.engine;

import io.rebound.central.erp.PostedCreditNote;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.central.process.model.StepState;
import io.rebound.central.reconciliation.model.Finding;
import io.rebound.central.reconciliation.model.FindingKind;
import io.rebound.central.reconciliation.model.ReturnFacts;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reconciliation rules for one return: expected (what the store accepted) against the gateway
 * and the ledger. Pure: the sides are read before. Each finding's message ends with {@code (rule:
 * <KIND>)}.
 */
final class Rules {
  private static final Set<StepState> WORKING =
      Set.of(StepState.PENDING, StepState.IN_PROGRESS, StepState.RETRY_WAIT);

  private final Duration creditNoteGrace;

  Rules(Duration creditNoteGrace) {
    this.creditNoteGrace = creditNoteGrace;
  }

  List<Finding> check(
      ReturnFacts f, Lookup<RefundOutcome> gateway, Lookup<PostedCreditNote> ledger, Instant now) {
    Findings out = new Findings(f);
    if (f.awaitingDecision()) {
      out.add(FindingKind.STILL_IN_PROGRESS, "the return awaits a manager's decision");
      return out.list();
    }
    RefundOutcome refund = null;
    if (gateway instanceof Lookup.Failed<RefundOutcome> failed) {
      out.add(FindingKind.LOOKUP_FAILED, "the gateway could not be asked: " + failed.reason());
    } else {
      refund = gateway instanceof Lookup.Found<RefundOutcome> found ? found.value() : null;
      out.gateway(refund);
      gatewaySide(f, refund, out);
    }
    if (ledger instanceof Lookup.Failed<PostedCreditNote> failed) {
      out.add(FindingKind.LOOKUP_FAILED, "the ERP could not be asked: " + failed.reason());
    } else {
      PostedCreditNote note =
          ledger instanceof Lookup.Found<PostedCreditNote> found ? found.value() : null;
      out.ledger(note);
      ledgerSide(f, refund, note, now, out);
    }
    return out.list();
  }

  private static void gatewaySide(ReturnFacts f, RefundOutcome refund, Findings out) {
    boolean live =
        refund instanceof RefundOutcome.Succeeded || refund instanceof RefundOutcome.Pending;
    if (f.moneyRefused() || f.refund().method() != RefundMethod.CARD) {
      if (live) {
        out.add(
            FindingKind.REFUND_NOT_EXPECTED,
            "the gateway holds refund "
                + refund.refundId()
                + " ("
                + describe(refund)
                + ") but the return "
                + why(f)
                + " and no card refund is due");
      }
      return;
    }
    if (!f.moneyOwed()) {
      return;
    }
    StepState step = f.refundStep().orElse(null);
    if (step == StepState.SUCCEEDED && !live) {
      out.add(
          FindingKind.REFUND_MISSING_AT_GATEWAY,
          "the REFUND step says SUCCEEDED but the gateway holds "
              + (refund == null ? "no refund" : "only " + describe(refund) + " refund")
              + " for the return");
      return;
    }
    if (step != null && (WORKING.contains(step) || step == StepState.DEAD_LETTERED)) {
      out.add(FindingKind.STILL_IN_PROGRESS, "the REFUND step is " + step);
    } else if (step == StepState.SUCCEEDED && refund instanceof RefundOutcome.Pending) {
      out.add(
          FindingKind.STILL_IN_PROGRESS,
          "gateway refund " + refund.refundId() + " is still pending");
    }
    if (refund instanceof RefundOutcome.Succeeded s && !same(s.amount(), f.refund().amount())) {
      out.add(
          FindingKind.REFUND_AMOUNT_MISMATCH,
          "the gateway refunded "
              + s.amount()
              + " ("
              + s.refundId()
              + ") but the store accepted a refund of "
              + f.refund().amount());
    }
  }

  private void ledgerSide(
      ReturnFacts f, RefundOutcome refund, PostedCreditNote note, Instant now, Findings out) {
    if (note != null) {
      boolean declinedAtGateway = refund instanceof RefundOutcome.Declined && !f.moneyReturned();
      if (f.moneyRefused() || declinedAtGateway) {
        out.add(
            FindingKind.CREDIT_NOTE_WITHOUT_MONEY,
            "credit note "
                + note.externalReference()
                + " credits "
                + note.amount()
                + " but the return "
                + (declinedAtGateway && !f.moneyRefused() ? "was declined at the gateway" : why(f))
                + ": no money went back");
      } else if (!same(note.amount(), f.refund().amount())) {
        out.add(
            FindingKind.CREDIT_NOTE_AMOUNT_MISMATCH,
            "credit note "
                + note.externalReference()
                + " credits "
                + note.amount()
                + " but the store accepted a refund of "
                + f.refund().amount());
      }
      return;
    }
    if (!f.moneyReturned()) {
      return;
    }
    StepState step = f.creditNoteStep().orElse(null);
    if (step != null
        && WORKING.contains(step)
        && f.receivedAt().plus(creditNoteGrace).isAfter(now)) {
      out.add(
          FindingKind.STILL_IN_PROGRESS,
          "the CREDIT_NOTE step is " + step + " within the grace period of " + creditNoteGrace);
      return;
    }
    out.add(
        FindingKind.CREDIT_NOTE_MISSING,
        (f.refund().status() == RefundStatus.ISSUED
                ? f.refund().method() + " refund of " + f.refund().amount() + " was issued"
                : "the card refund of " + f.refund().amount() + " succeeded")
            + " but the ERP holds no posted credit note (CREDIT_NOTE step "
            + (step == null ? "never planned" : step.name())
            + ")");
  }

  private static String why(ReturnFacts f) {
    if (f.status() != ReturnStatus.ACCEPTED) {
      return "is " + f.status();
    }
    if (f.refund().status() == RefundStatus.DECLINED) {
      return "was refused at the store (refund DECLINED)";
    }
    if (f.refundStep().filter(s -> s == StepState.DECLINED).isPresent()) {
      return "had its card refund DECLINED";
    }
    return "is refunded by " + f.refund().method();
  }

  private static String describe(RefundOutcome refund) {
    if (refund instanceof RefundOutcome.Succeeded s) {
      return "succeeded, " + s.amount();
    }
    if (refund instanceof RefundOutcome.Declined d) {
      return "declined " + d.code();
    }
    return "pending";
  }

  /** Same currency and the same amount (scale-insensitive). */
  static boolean same(Money a, Money b) {
    return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
  }

  /** Collects one return's findings with the amounts and references the sides showed. */
  private static final class Findings {
    private final ReturnFacts f;
    private final List<Broken> rules = new ArrayList<>();
    private Money gateway;
    private String gatewayReference;
    private Money ledger;
    private String ledgerReference;

    Findings(ReturnFacts f) {
      this.f = f;
    }

    void gateway(RefundOutcome refund) {
      gateway = refund instanceof RefundOutcome.Succeeded s ? s.amount() : null;
      gatewayReference = refund == null ? null : refund.refundId();
    }

    void ledger(PostedCreditNote note) {
      ledger = note == null ? null : note.amount();
      ledgerReference = note == null ? null : note.externalReference();
    }

    void add(FindingKind kind, String message) {
      rules.add(new Broken(kind, message + " (rule: " + kind + ")"));
    }

    /** The findings, each with both sides' amounts and references as read. */
    List<Finding> list() {
      return rules.stream()
          .map(
              r ->
                  new Finding(
                      r.kind(),
                      f.returnId(),
                      f.storeId(),
                      f.refund().amount(),
                      gateway,
                      ledger,
                      gatewayReference,
                      ledgerReference,
                      r.message()))
          .toList();
    }

    private record Broken(FindingKind kind, String message) {}
  }
}
