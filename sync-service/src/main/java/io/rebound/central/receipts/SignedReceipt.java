package io.rebound.central.receipts;

import io.rebound.protocols.receipts.ReceiptClaims;

/** Response of {@code POST /api/v1/receipt-tokens}: the token for the QR code, its key, claims. */
public record SignedReceipt(String token, String kid, ReceiptClaims claims) {}
