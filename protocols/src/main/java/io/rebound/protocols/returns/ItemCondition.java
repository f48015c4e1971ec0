package io.rebound.protocols.returns;

/** The item's condition as seen at the counter (inspection comes later). */
public enum ItemCondition {
  UNOPENED,
  OPENED,
  USED,
  DAMAGED,
  DEFECTIVE
}
