package io.rebound.central.reconciliation.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reconciliation run as the API shows it. The window is {@code from} 00:00 UTC up to the end of
 * {@code to} (UTC days, both inclusive) on the returns' {@code acceptedAt}. {@code findings} is
 * empty in the list of runs.
 */
public record RunView(
    long id,
    LocalDate from,
    LocalDate to,
    String storeId,
    RunState state,
    Instant startedAt,
    Instant finishedAt,
    String startedBy,
    String paymentKind,
    String erpKind,
    int returnsChecked,
    int mismatches,
    int inProgress,
    int unverified,
    List<CurrencyTotals> totals,
    String error,
    List<Finding> findings) {}
