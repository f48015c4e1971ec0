package io.rebound.central.requests;

import java.time.Instant;

/** One granted block of store-credit numbers, as {@code GET …/credit-blocks} lists it. */
public record CreditBlockView(
    String blockId,
    String requestId,
    long firstNumber,
    long lastNumber,
    long size,
    Instant grantedAt) {}
