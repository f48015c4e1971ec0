package io.rebound.central.erp;

import java.util.Objects;

/**
 * A document the ERP holds for a return.
 *
 * @param externalReference the ERP's own id or number (Tryton: {@code account.invoice,42} / the
 *     credit note number; journal: the journal entry id)
 * @param alreadyPosted true when the lookup found it: this call created nothing
 */
public record ErpDocument(String externalReference, boolean alreadyPosted) {
  public ErpDocument {
    Objects.requireNonNull(externalReference, "externalReference");
  }
}
