package io.rebound.central.erp;

import io.rebound.protocols.ids.ReturnId;

/**
 * The references written into ERP documents, derived from the return only, so that a lookup before
 * every create finds what an earlier attempt (of any central instance) already posted.
 */
public final class ErpReference {
  private ErpReference() {}

  public static String creditNote(ReturnId returnId) {
    return "rebound:" + returnId + ":credit-note";
  }

  public static String stockReturn(ReturnId returnId) {
    return "rebound:" + returnId + ":stock-return";
  }

  public static String disposition(ReturnId returnId) {
    return "rebound:" + returnId + ":disposition";
  }

  /** {@code vendorId} null = the vendor is unknown (one claim for those lines). */
  public static String supplierClaim(ReturnId returnId, String vendorId) {
    return "rebound:" + returnId + ":supplier-claim:" + (vendorId == null ? "unknown" : vendorId);
  }
}
