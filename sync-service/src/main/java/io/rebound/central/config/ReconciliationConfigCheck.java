package io.rebound.central.config;

/** Startup checks of {@code rebound.reconciliation.*}: each names the key and the rule. */
final class ReconciliationConfigCheck {
  private ReconciliationConfigCheck() {}

  static void validate(ReconciliationConfig config) {
    if (config.creditNoteGrace().isNegative()) {
      throw new IllegalArgumentException(
          "rebound.reconciliation.credit-note-grace: must not be negative (rule: non-negative"
              + " duration)");
    }
    range("rebound.reconciliation.page-size", config.pageSize(), 1, 1000);
    range("rebound.reconciliation.max-returns", config.maxReturns(), 1, 1_000_000);
    range("rebound.reconciliation.max-window-days", config.maxWindowDays(), 1, 366);
  }

  private static void range(String key, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          key + ": " + value + " is out of range (rule: between " + min + " and " + max + ")");
    }
  }
}
