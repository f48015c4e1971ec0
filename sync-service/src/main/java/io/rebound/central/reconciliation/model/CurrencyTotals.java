package io.rebound.central.reconciliation.model;

import io.rebound.protocols.money.Money;

/**
 * A run's money in one currency.
 *
 * @param expected refunds the stores accepted for returns that are owed money (accepted, refund not
 *     declined, not awaiting approval)
 * @param refundedAtGateway succeeded refunds the gateway holds for the window's returns
 * @param creditedInLedger what the posted credit notes of the window's returns credit
 */
public record CurrencyTotals(
    String currency, Money expected, Money refundedAtGateway, Money creditedInLedger) {}
