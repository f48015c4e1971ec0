package io.rebound.central.reconciliation.store;

import io.rebound.protocols.ids.StoreId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The returns a run checks: accepted from {@code from} 00:00 UTC up to (not including) the day
 * after {@code to} 00:00 UTC, optionally of one store.
 */
public record ReconciliationWindow(LocalDate from, LocalDate to, StoreId storeId) {
  public ReconciliationWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  public Instant start() {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Instant end() {
    return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
