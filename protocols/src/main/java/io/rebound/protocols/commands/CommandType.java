package io.rebound.protocols.commands;

/** What a {@link StoreCommand} carries; each type has exactly one payload field. */
public enum CommandType {
  /** A new store policy ({@code policy}); applied only if its policyVersion is newer. */
  POLICY_UPDATE,
  /** The receipt-token public keys ({@code receiptKeys}); replace the set only if newer. */
  RECEIPT_KEYS
}
