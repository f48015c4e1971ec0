package io.rebound.central.config;

import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** {@code rebound.erp.tryton.*}: the Tryton server central books returns in (JSON-RPC). */
public interface TrytonConfig {

  /** Base URL of trytond's JSON-RPC endpoint, without the database name. */
  @WithDefault("http://localhost:8000")
  URI url();

  /** Tryton database name (the path segment after the URL). */
  @WithDefault("rebound")
  String database();

  /** Tryton user central logs in as. */
  @WithDefault("admin")
  String user();

  /** That user's password. Never logged. */
  @WithDefault("admin")
  String password();

  /** Longest wait for one JSON-RPC answer; longer counts as unavailable (retry later). */
  @WithDefault("10S")
  Duration requestTimeout();

  /**
   * Company (by its party's name) whose books are used; empty = the first company. Sent as {@code
   * {"company":ID}} context on every call.
   */
  Optional<String> company();

  /**
   * Party for credit notes of returns without a known customer: matched by party code, then by
   * name. A posting's customerId is used instead when a party has that code.
   */
  @WithDefault("Walk-in Customer")
  String walkInCustomer();

  /**
   * Store id → warehouse (location code or name) receiving that store's returns, e.g. {@code
   * rebound.erp.tryton.warehouses."store-1"=WH}. Stores not listed use the first warehouse.
   */
  Map<String, String> warehouses();

  /** Location (code or name) DAMAGED goods are moved to from the warehouse storage. */
  @WithDefault("Lost and Found")
  String scrapLocation();

  /** Storage location (code or name) TO_WAREHOUSE goods are moved to (the central warehouse). */
  @WithDefault("CENTRAL")
  String centralLocation();

  /** Supplier party (code or name) for claims whose vendor is unknown or has no party code. */
  @WithDefault("Default Supplier")
  String defaultSupplier();
}
