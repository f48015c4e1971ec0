package io.rebound.central.returns;

import java.util.List;

/**
 * A page of the return search, newest first; {@code next} (null on the last page) → {@code after}.
 */
public record ReturnPage(List<ReturnSummary> items, String next) {
  public ReturnPage {
    items = List.copyOf(items);
  }
}
