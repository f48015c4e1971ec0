package io.rebound.edge.credit;

/**
 * One store-credit number from a block central granted (unique fleet-wide). Its refund reference is
 * {@code SC-} and the number in at least ten digits, e.g. {@code SC-0000001234}.
 */
public record StoreCreditNumber(long value) {
  public StoreCreditNumber {
    if (value < 1) {
      throw new IllegalArgumentException("a store-credit number is at least 1: " + value);
    }
  }

  /** The refund reference the POS prints, e.g. {@code SC-0000001234}. */
  public String reference() {
    return String.format("SC-%010d", value);
  }
}
