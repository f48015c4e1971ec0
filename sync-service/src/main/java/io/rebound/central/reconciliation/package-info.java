/**
 * Money reconciliation: per return accepted in a window of UTC days, what the store accepted
 * (expected) against what the payment gateway reports (gateway) and what the ERP holds as posted
 * (ledger). Disagreements are {@link io.rebound.central.reconciliation.model.Finding}s of a {@link
 * io.rebound.central.reconciliation.model.FindingKind}; runs and findings are kept in {@code
 * reconciliation_runs} / {@code reconciliation_findings} (Flyway V15).
 */
package io.rebound.central.reconciliation;
