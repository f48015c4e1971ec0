package io.rebound.central.returns;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The filters of {@code GET /api/v1/returns}, validated: each names its query parameter and rule
 * when refused. {@code from} inclusive, {@code to} exclusive (acceptance time at the store). {@code
 * after}: the {@code next} cursor of the previous page.
 */
public record ReturnSearch(
    Optional<StoreId> storeId,
    Optional<ReturnStatus> status,
    Optional<RefundStatus> refundStatus,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<ReturnId> returnId,
    Optional<PageCursor> after,
    int limit) {

  /** Parses the query parameters (null or empty = no filter). */
  public static ReturnSearch parse(
      String storeId,
      String status,
      String refundStatus,
      String from,
      String to,
      String returnId,
      String after,
      int limit) {
    Optional<Instant> start = present(from).map(t -> instant(t, "from"));
    Optional<Instant> end = present(to).map(t -> instant(t, "to"));
    if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
      throw new InvalidMessageException("to", "after-from", "must be later than from");
    }
    return new ReturnSearch(
        present(storeId).map(StoreId::of),
        present(status).map(s -> constant(ReturnStatus.class, s, "status")),
        present(refundStatus).map(s -> constant(RefundStatus.class, s, "refundStatus")),
        start,
        end,
        present(returnId).map(ReturnId::parse),
        present(after).map(PageCursor::parse),
        limit);
  }

  private static Optional<String> present(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
  }

  private static Instant instant(String text, String field) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidMessageException(
          field, "iso-8601-instant", "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String text, String field) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidMessageException(
          field, "one-of", "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
