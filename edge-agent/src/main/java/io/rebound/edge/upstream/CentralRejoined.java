package io.rebound.edge.upstream;

import io.rebound.protocols.ids.CentralInstanceId;
import java.time.Instant;

/**
 * CDI event fired (synchronously: observers must be cheap) when a central instance announces a new
 * broker session ({@code since} changed) while the agent knew its previous one: messages published
 * while it was away may have been dropped by the broker.
 */
public record CentralRejoined(CentralInstanceId instanceId, Instant since, Instant at) {}
