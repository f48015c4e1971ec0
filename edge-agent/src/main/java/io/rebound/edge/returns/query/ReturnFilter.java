package io.rebound.edge.returns.query;

import io.rebound.edge.returns.SyncState;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.returns.ReturnStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * Filters and page of {@code GET /api/v1/returns}: optional status and sync state, keyset paging by
 * return id ({@code after}, exclusive) and a page size of 1–{@value #MAX_LIMIT}.
 */
public record ReturnFilter(
    Optional<ReturnStatus> status, Optional<SyncState> sync, int limit, Optional<ReturnId> after) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Parses the raw query parameters (each may be null), naming the parameter on failure. */
  public static ReturnFilter parse(String status, String sync, String limit, String after) {
    return new ReturnFilter(
        Optional.ofNullable(status).map(s -> enumValue(ReturnStatus.class, "status", s)),
        Optional.ofNullable(sync).map(s -> enumValue(SyncState.class, "sync", s)),
        limit(limit),
        Optional.ofNullable(after).map(ReturnFilter::returnId));
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String param, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    throw new InvalidMessageException(
        param, "enum", "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
  }

  private static int limit(String value) {
    if (value == null) {
      return DEFAULT_LIMIT;
    }
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidMessageException("limit", "integer", "must be an integer");
    }
    if (n < 1 || n > MAX_LIMIT) {
      throw new InvalidMessageException("limit", "range", "must be between 1 and " + MAX_LIMIT);
    }
    return n;
  }

  private static ReturnId returnId(String value) {
    try {
      return ReturnId.parse(value);
    } catch (InvalidMessageException e) {
      throw new InvalidMessageException("after", e.rule(), e.detail());
    }
  }
}
