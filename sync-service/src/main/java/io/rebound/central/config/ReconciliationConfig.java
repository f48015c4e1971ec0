package io.rebound.central.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Money reconciliation runs ({@code rebound.reconciliation.*}). */
public interface ReconciliationConfig {
  /**
   * How long after central received a return its credit note may still be missing while its
   * CREDIT_NOTE step is still working (pending, in progress, waiting to retry): within it the
   * return is STILL_IN_PROGRESS, after it CREDIT_NOTE_MISSING.
   */
  @WithDefault("1H")
  Duration creditNoteGrace();

  /** Returns read per database page (keyset) while a run walks its window. */
  @WithDefault("200")
  int pageSize();

  /**
   * Most returns one run checks (each costs one gateway and one ERP lookup); a window holding more
   * is refused (400, narrow the window or filter by store) rather than half-checked.
   */
  @WithDefault("20000")
  int maxReturns();

  /** Longest window in UTC days ({@code to} − {@code from} + 1) one run may cover. */
  @WithDefault("31")
  int maxWindowDays();
}
