package io.rebound.central.reconciliation.model;

/** The rule a return broke, named in every finding's message. */
public enum FindingKind {
  /** The REFUND step says SUCCEEDED but the gateway holds no refund (or only a declined one). */
  REFUND_MISSING_AT_GATEWAY(FindingClass.MISMATCH),
  /** The gateway refunded another amount or currency than the store accepted. */
  REFUND_AMOUNT_MISMATCH(FindingClass.MISMATCH),
  /** The gateway holds a live refund for a return that is not a card refund, or was declined. */
  REFUND_NOT_EXPECTED(FindingClass.MISMATCH),
  /** Money went back (card refund succeeded, cash/store credit issued) but no credit note. */
  CREDIT_NOTE_MISSING(FindingClass.MISMATCH),
  /** The posted credit note credits another amount or currency than the store accepted. */
  CREDIT_NOTE_AMOUNT_MISMATCH(FindingClass.MISMATCH),
  /** A credit note is posted although no money went back (refund declined, return denied). */
  CREDIT_NOTE_WITHOUT_MONEY(FindingClass.MISMATCH),
  /** A step or decision is still pending: checked again by a later run. */
  STILL_IN_PROGRESS(FindingClass.IN_PROGRESS),
  /** The gateway or the ERP could not be asked about this return. */
  LOOKUP_FAILED(FindingClass.UNVERIFIED);

  private final FindingClass findingClass;

  FindingKind(FindingClass findingClass) {
    this.findingClass = findingClass;
  }

  public FindingClass findingClass() {
    return findingClass;
  }
}
