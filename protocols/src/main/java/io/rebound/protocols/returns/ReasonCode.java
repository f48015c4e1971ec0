package io.rebound.protocols.returns;

/** Why the customer returns a line. */
public enum ReasonCode {
  WRONG_SIZE,
  CHANGED_MIND,
  DEFECTIVE,
  DAMAGED_IN_TRANSIT,
  NOT_AS_DESCRIBED,
  WRONG_ITEM,
  LATE_DELIVERY,
  OTHER
}
