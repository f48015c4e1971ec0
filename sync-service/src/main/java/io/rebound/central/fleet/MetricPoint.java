package io.rebound.central.fleet;

import java.time.Instant;

/**
 * One point of the backlog/lag chart: the time bucket starting at {@code at}; {@code backlog} is
 * the sum over the stores sampled in it (each store's highest value in the bucket), {@code
 * lagSeconds} the highest oldest-pending age among them, {@code storesSampled}/{@code storesOnline}
 * how many stores were sampled and how many of them were online.
 */
public record MetricPoint(
    Instant at, long backlog, long lagSeconds, int storesSampled, int storesOnline) {}
