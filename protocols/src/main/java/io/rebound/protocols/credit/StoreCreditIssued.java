package io.rebound.protocols.credit;

import io.rebound.protocols.Checks;
import io.rebound.protocols.envelope.EventPayload;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Event payload {@code return.store-credit-issued}: store credit that was accepted with refund
 * status {@code DEFERRED} (no store-credit number was left at the store) has now been issued under
 * a number, after its {@code return.accepted}. The return's refund is {@code ISSUED} from then on,
 * with {@code storeCreditNumber} as its reference. Published at most once per return. Guarantees:
 * every component is set; {@code storeCreditNumber} is {@code SC-} and 10 to 19 digits (rule {@code
 * format}), e.g. {@code SC-0000001234}; {@code amount} is the refund amount.
 */
public record StoreCreditIssued(
    ReturnId returnId, StoreId storeId, String storeCreditNumber, Money amount, Instant issuedAt)
    implements EventPayload {
  /** The wire form of a store-credit number: {@code SC-} and at least ten digits. */
  public static final Pattern NUMBER = Pattern.compile("SC-[0-9]{10,19}");

  public StoreCreditIssued {
    Checks.required(returnId, "returnId");
    Checks.required(storeId, "storeId");
    Checks.matches(
        storeCreditNumber, "storeCreditNumber", NUMBER, "SC- followed by 10 to 19 digits");
    Checks.required(amount, "amount");
    Checks.required(issuedAt, "issuedAt");
  }

  /** A validated payload. */
  public static StoreCreditIssued of(
      ReturnId returnId,
      StoreId storeId,
      String storeCreditNumber,
      Money amount,
      Instant issuedAt) {
    return new StoreCreditIssued(returnId, storeId, storeCreditNumber, amount, issuedAt);
  }

  @Override
  public StoreId payloadStoreId() {
    return storeId;
  }
}
