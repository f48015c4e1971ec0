package io.rebound.protocols.commands;

import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.receipts.ReceiptKeySet;

/**
 * What a {@link StoreCommand} carries: {@code policy} for {@code POLICY_UPDATE}, {@code
 * receiptKeys} for {@code RECEIPT_KEYS}. Which one must be present is the command's rule ({@code
 * command-payload}); on its own each member is optional.
 */
public record CommandPayload(StorePolicy policy, ReceiptKeySet receiptKeys) {

  /** The payload of a policy update. */
  public static CommandPayload of(StorePolicy policy) {
    return new CommandPayload(policy, null);
  }

  /** The payload of a receipt key set. */
  public static CommandPayload of(ReceiptKeySet keys) {
    return new CommandPayload(null, keys);
  }
}
