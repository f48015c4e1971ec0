package io.rebound.central.config;

import io.smallrye.config.WithDefault;

/** {@code rebound.erp.*}: which ERP books credit notes and stock movements. */
public interface ErpConfig {

  /**
   * {@code journal} (default: balanced double-entry postings and stock movements kept in central's
   * own database, browsable over the API) or {@code tryton} (Tryton over JSON-RPC at {@code
   * rebound.erp.tryton.url}).
   */
  @WithDefault("journal")
  String kind();

  /** The Tryton server, when {@code kind} is {@code tryton}. */
  TrytonConfig tryton();
}
