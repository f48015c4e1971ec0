/**
 * ERP SPI: how central records a return in the retailer's ledger and stock.
 *
 * <p>One implementation per ERP ({@code erp.tryton} over JSON-RPC, {@code erp.journal} for the
 * embedded default that keeps balanced double-entry postings and stock movements in central's own
 * database), selected by {@code rebound.erp.kind}. Implementations are plain clients: fault
 * tolerance is applied once, around the SPI, by the process that drives postings.
 *
 * <p>Exactly-once contract: every call carries a reference derived from the return ({@link
 * ErpReference}); before creating anything an implementation looks the document up by that
 * reference and returns the existing one, so a retry after a crash never posts twice.
 */
package io.rebound.central.erp;
