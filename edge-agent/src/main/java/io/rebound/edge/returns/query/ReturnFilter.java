package io.rebound.edge.returns.query;

import io.rebound.edge.returns.SyncState;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Filters and page of {@code GET /api/v1/returns}: optional status, refund status, sync state,
 * terminal and store-day range ({@code from}/{@code to}, inclusive local dates of the policy's time
 * zone), keyset paging by return id (= time order) with a page size of 1–{@value #MAX_LIMIT}:
 * oldest first after {@code after} (exclusive, the default order), or newest first ({@code
 * order=desc}) before {@code before} (exclusive).
 */
public record ReturnFilter(
    Optional<ReturnStatus> status,
    Optional<SyncState> sync,
    int limit,
    Optional<ReturnId> after,
    Optional<RefundStatus> refund,
    Optional<TerminalId> terminal,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Order order,
    Optional<ReturnId> before) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Page order: by return id, which sorts in time order. */
  public enum Order {
    /** Oldest first; pages continue with {@code after}. */
    ASC,
    /** Newest first; pages continue with {@code before}. */
    DESC
  }

  /** Raw query parameters, each null when absent. */
  public record Params(
      String status,
      String sync,
      String limit,
      String after,
      String refund,
      String terminal,
      String from,
      String to,
      String order,
      String before) {}

  /** Parses the original four parameters (each may be null). */
  public static ReturnFilter parse(String status, String sync, String limit, String after) {
    return parse(new Params(status, sync, limit, after, null, null, null, null, null, null));
  }

  /** Parses every parameter, naming the parameter and the rule on failure. */
  public static ReturnFilter parse(Params p) {
    Order order = Optional.ofNullable(p.order()).map(ReturnFilter::order).orElse(Order.ASC);
    Optional<ReturnId> after = Optional.ofNullable(p.after()).map(a -> returnId("after", a));
    Optional<ReturnId> before = Optional.ofNullable(p.before()).map(b -> returnId("before", b));
    if (after.isPresent() && order == Order.DESC) {
      throw new InvalidMessageException(
          "after", "order", "pages newest first continue with before");
    }
    if (before.isPresent() && order == Order.ASC) {
      throw new InvalidMessageException(
          "before", "order", "pages oldest first continue with after (or set order=desc)");
    }
    Optional<LocalDate> from = Optional.ofNullable(p.from()).map(d -> date("from", d));
    Optional<LocalDate> to = Optional.ofNullable(p.to()).map(d -> date("to", d));
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new InvalidMessageException("to", "date-range", "must not be before from");
    }
    return new ReturnFilter(
        Optional.ofNullable(p.status()).map(s -> enumValue(ReturnStatus.class, "status", s)),
        Optional.ofNullable(p.sync()).map(s -> enumValue(SyncState.class, "sync", s)),
        limit(p.limit()),
        after,
        Optional.ofNullable(p.refund()).map(s -> enumValue(RefundStatus.class, "refund", s)),
        Optional.ofNullable(p.terminal()).map(ReturnFilter::terminal),
        from,
        to,
        order,
        before);
  }

  private static Order order(String value) {
    return switch (value) {
      case "asc" -> Order.ASC;
      case "desc" -> Order.DESC;
      default -> throw new InvalidMessageException("order", "enum", "must be asc or desc");
    };
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

  private static ReturnId returnId(String param, String value) {
    try {
      return ReturnId.parse(value);
    } catch (InvalidMessageException e) {
      throw new InvalidMessageException(param, e.rule(), e.detail());
    }
  }

  private static TerminalId terminal(String value) {
    try {
      return TerminalId.of(value);
    } catch (InvalidMessageException e) {
      throw new InvalidMessageException("terminal", e.rule(), e.detail());
    }
  }

  private static LocalDate date(String param, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidMessageException(param, "date", "must be a date YYYY-MM-DD");
    }
  }
}
