package io.rebound.edge.returns.policy;

import io.rebound.protocols.returns.RefundMethod;

/**
 * One rule of the store policy, with a stable id (e.g. {@code policy.cash.offline-per-return-cap})
 * that appears in every decision it makes and in the 422 of a rejection. Rules are pure: they read
 * the case, the refund method chosen so far and the ledger, and return an outcome.
 */
public interface PolicyRule {
  String id();

  RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger);
}
