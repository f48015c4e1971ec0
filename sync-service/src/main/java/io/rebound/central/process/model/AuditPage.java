package io.rebound.central.process.model;

import java.util.List;

/** A page of audit entries, oldest first; {@code next} is the {@code after} of the next page. */
public record AuditPage(List<AuditEntry> items, Long next) {
  public AuditPage {
    items = List.copyOf(items);
  }
}
