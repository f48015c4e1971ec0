package io.rebound.central.policies;

import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.policy.StorePolicy;
import java.time.Instant;

/**
 * Body of {@code GET/PUT /api/v1/stores/{storeId}/policy}: a store's policy and when it changed.
 */
public record StoredPolicy(
    StoreId storeId, int policyVersion, Instant updatedAt, StorePolicy policy) {}
