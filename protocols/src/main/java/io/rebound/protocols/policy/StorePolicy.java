package io.rebound.protocols.policy;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ItemCondition;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A store's returns policy, versioned (schema {@code store-policy}): the degraded-mode rules of
 * PRODUCT.md with every number configurable. {@link #defaults()} is the PRODUCT.md table.
 *
 * <p>{@code policyVersion} identifies the policy a decision was made under (0 is the built-in
 * default; files and central start at 1). {@code currency} is the store's currency: every amount of
 * the policy is in it. {@code timeZone} (an IANA id such as {@code Europe/Paris}) defines the
 * store's day for the per-day limits and the return window. {@code returnableConditions} are the
 * item conditions accepted for any reason. {@code managerApproval} is optional.
 *
 * <p>Guarantees: the version is 0..{@value Integer#MAX_VALUE}; the currency is ISO 4217 with a
 * minor unit; the time zone is known to the JDK; 1–5 distinct conditions in an unmodifiable list;
 * every amount is in {@code currency} (rule {@code policy-currency}).
 */
public record StorePolicy(
    int policyVersion,
    String currency,
    String timeZone,
    ReturnWindow returnWindow,
    List<ItemCondition> returnableConditions,
    OfflineLimits offline,
    NoReceiptLimits noReceipt,
    ManagerApproval managerApproval) {

  /** The version of the built-in default policy. */
  public static final int BUILT_IN_VERSION = 0;

  public StorePolicy {
    PolicyChecks.range(policyVersion, "policyVersion", 0, Integer.MAX_VALUE);
    Checks.required(currency, "currency");
    Checks.required(timeZone, "timeZone");
    Checks.required(returnWindow, "returnWindow");
    Checks.required(returnableConditions, "returnableConditions");
    Checks.required(offline, "offline");
    Checks.required(noReceipt, "noReceipt");
    Currency unit = Money.currency(currency);
    zoneOf(timeZone);
    returnableConditions =
        Checks.nonEmpty(
            returnableConditions, "returnableConditions", ItemCondition.values().length);
    Set<ItemCondition> seen = new HashSet<>();
    for (int i = 0; i < returnableConditions.size(); i++) {
      if (!seen.add(returnableConditions.get(i))) {
        throw new InvalidMessageException(
            "returnableConditions",
            "unique-items",
            "lists " + returnableConditions.get(i) + " twice; each condition at most once");
      }
    }
    PolicyChecks.sameCurrency(offline.cashPerReturnCap(), unit, "offline.cashPerReturnCap");
    PolicyChecks.sameCurrency(
        offline.cashPerStorePerDayCap(), unit, "offline.cashPerStorePerDayCap");
    PolicyChecks.sameCurrency(
        noReceipt.offlineStoreCreditCap(), unit, "noReceipt.offlineStoreCreditCap");
    if (managerApproval != null) {
      PolicyChecks.sameCurrency(
          managerApproval.returnTotalAbove(), unit, "managerApproval.returnTotalAbove");
    }
  }

  /** A validated policy; {@code managerApproval} may be null. */
  public static StorePolicy of(
      int policyVersion,
      String currency,
      String timeZone,
      ReturnWindow returnWindow,
      List<ItemCondition> returnableConditions,
      OfflineLimits offline,
      NoReceiptLimits noReceipt,
      ManagerApproval managerApproval) {
    return new StorePolicy(
        policyVersion,
        currency,
        timeZone,
        returnWindow,
        returnableConditions,
        offline,
        noReceipt,
        managerApproval);
  }

  /**
   * The PRODUCT.md degraded-mode table in USD, store day in UTC: 30-day window, cash offline up to
   * 200.00 per return and 1,000.00 per store per day, no-receipt store credit up to 50.00 offline
   * and one per customer per day, store credit only after 72 h offline; unopened, opened and
   * defective items returnable for any reason; no general approval threshold.
   */
  public static StorePolicy defaults() {
    return new StorePolicy(
        BUILT_IN_VERSION,
        "USD",
        "UTC",
        new ReturnWindow(30, Map.of()),
        List.of(ItemCondition.UNOPENED, ItemCondition.OPENED, ItemCondition.DEFECTIVE),
        new OfflineLimits(72, Money.of("200.00", "USD"), Money.of("1000.00", "USD")),
        new NoReceiptLimits(Money.of("50.00", "USD"), 1),
        null);
  }

  /** {@link #currency()} as a {@link Currency}. */
  public Currency currencyUnit() {
    return Money.currency(currency);
  }

  /**
   * {@link #timeZone()} as a {@link ZoneId}. Resolved once per id (the policy asks on every return,
   * and resolving a region id reads the JDK's zone rules).
   */
  public ZoneId zone() {
    return Zones.ZONES.computeIfAbsent(timeZone, ZoneId::of);
  }

  /** Resolved zone ids, by the (validated) text of {@link #timeZone()}. */
  private static final class Zones {
    static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();
  }

  private static void zoneOf(String timeZone) {
    Checks.text(timeZone, "timeZone", 64);
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new InvalidMessageException(
          "timeZone", "time-zone", "must be a time zone id such as Europe/Paris or UTC");
    }
  }
}
