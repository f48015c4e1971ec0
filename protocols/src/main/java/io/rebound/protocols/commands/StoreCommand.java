package io.rebound.protocols.commands;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.CommandId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.receipts.ReceiptKeySet;
import java.time.Clock;
import java.time.Instant;

/**
 * Central → store, QoS 1, on {@code rebound/v1/stores/{storeId}/commands} (schema {@code
 * store-command}). Central sends it when the state changes and again whenever the store comes
 * online, so the same command may arrive many times: the store applies it only when the payload's
 * version is newer than what it has (policyVersion, key set version), which makes every command
 * idempotent.
 *
 * <p>Guarantees: every field is set; the payload of a {@code POLICY_UPDATE} has {@code policy} and
 * no {@code receiptKeys}, that of a {@code RECEIPT_KEYS} the reverse (rule {@code command-payload},
 * field {@code payload.policy} or {@code payload.receiptKeys}).
 */
public record StoreCommand(
    CommandId commandId,
    StoreId storeId,
    Instant issuedAt,
    CommandType type,
    CommandPayload payload) {
  public StoreCommand {
    Checks.required(commandId, "commandId");
    Checks.required(storeId, "storeId");
    Checks.required(issuedAt, "issuedAt");
    Checks.required(type, "type");
    Checks.required(payload, "payload");
    switch (type) {
      case POLICY_UPDATE -> carries(payload.policy(), "policy", payload.receiptKeys(), type);
      case RECEIPT_KEYS -> carries(payload.receiptKeys(), "receiptKeys", payload.policy(), type);
    }
  }

  /** A {@code POLICY_UPDATE} for {@code storeId}, minted now. */
  public static StoreCommand policyUpdate(StoreId storeId, StorePolicy policy, Clock clock) {
    return new StoreCommand(
        CommandId.mint(clock),
        storeId,
        clock.instant(),
        CommandType.POLICY_UPDATE,
        CommandPayload.of(policy));
  }

  /** A {@code RECEIPT_KEYS} for {@code storeId}, minted now. */
  public static StoreCommand receiptKeys(StoreId storeId, ReceiptKeySet keys, Clock clock) {
    return new StoreCommand(
        CommandId.mint(clock),
        storeId,
        clock.instant(),
        CommandType.RECEIPT_KEYS,
        CommandPayload.of(keys));
  }

  private static void carries(Object own, String field, Object other, CommandType type) {
    if (own == null) {
      throw new InvalidMessageException(
          "payload." + field, "command-payload", "is required for " + type);
    }
    if (other != null) {
      throw new InvalidMessageException(
          "payload." + (field.equals("policy") ? "receiptKeys" : "policy"),
          "command-payload",
          "must be absent for " + type);
    }
  }
}
