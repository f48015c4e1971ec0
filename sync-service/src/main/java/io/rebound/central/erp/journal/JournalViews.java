package io.rebound.central.erp.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** JSON views of the journal API. */
public final class JournalViews {
  private JournalViews() {}

  /** One double-entry line; amounts in the entry currency's minor units. */
  public record Line(String account, long debitMinor, long creditMinor) {}

  /** A journal entry with its lines (empty for a stock-only entry). */
  public record Entry(
      long id,
      String reference,
      String kind,
      UUID returnId,
      String storeId,
      Instant postedAt,
      String currency,
      List<Line> lines) {}

  /** One stock movement; {@code unitCostMinor} null when not valued. */
  public record Movement(
      long id,
      long entryId,
      String reference,
      UUID returnId,
      String sku,
      int quantity,
      String fromLocation,
      String toLocation,
      Long unitCostMinor) {}

  /** A page, oldest first; {@code next} is the {@code after} of the next page. */
  public record Page<T>(List<T> items, Long next) {}
}
