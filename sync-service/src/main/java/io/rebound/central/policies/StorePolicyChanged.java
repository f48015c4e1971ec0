package io.rebound.central.policies;

/** CDI event after a store's policy changed (committed): to be pushed to the store. */
public record StorePolicyChanged(StoredPolicy policy) {}
