package io.rebound.central.erp.journal;

import io.rebound.protocols.ids.StoreId;

/** Location names in {@code stock_movements}. */
final class Locations {
  static final String CUSTOMER = "customer";
  static final String SCRAP = "scrap";
  static final String CENTRAL_WAREHOUSE = "central-warehouse";

  private Locations() {}

  static String store(StoreId store) {
    return "store:" + store.value();
  }

  static String supplier(String vendorId) {
    return "supplier:" + (vendorId == null ? "unknown" : vendorId);
  }
}
