package io.rebound.central.returns;

import io.rebound.protocols.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the return search: as accepted at the store ({@code status}, {@code refundStatus}),
 * when central received it, the store's time zone (its policy's, else UTC), and the state of its
 * REFUND step at central when it has one ({@code refundStep}, else null).
 */
public record ReturnSummary(
    UUID returnId,
    String storeId,
    String terminalId,
    String status,
    String mode,
    Instant acceptedAt,
    Instant receivedAt,
    Money total,
    String refundMethod,
    Money refund,
    String refundStatus,
    String refundStep,
    String timeZone) {}
