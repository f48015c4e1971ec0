/**
 * Payment gateway SPI: how central refunds a return to the customer's original card.
 *
 * <p>One implementation per gateway ({@code payment.stripe} for the Stripe Refunds API shape,
 * {@code payment.sandbox} for the embedded default that settles locally), selected by {@code
 * rebound.payment.kind}. Implementations are plain clients: fault tolerance (timeout, retry,
 * circuit breaker, bulkhead) is applied once, around the SPI, by the process that drives refunds.
 *
 * <p>Exactly-once contract: the idempotency key is derived from the return ({@link
 * RefundCommand#idempotencyKey()}), never minted per attempt; after an ambiguous outcome an
 * implementation looks the refund up by the return before sending anything again.
 */
package io.rebound.central.payment;
