package io.rebound.central.security;

import java.util.List;

/** A page of the ops audit, oldest first; {@code next} is the {@code after} of the next page. */
public record OpsAuditPage(List<OpsAuditEntry> items, Long next) {}
