package io.rebound.central.receipts;

import io.rebound.protocols.receipts.ReceiptKeySet;

/** CDI event after a rotation committed: the new public key set, for the stores. */
public record ReceiptKeysRotated(ReceiptKeySet keys) {}
