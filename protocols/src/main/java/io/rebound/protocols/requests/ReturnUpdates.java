package io.rebound.protocols.requests;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import java.util.List;

/**
 * Central → edge on the response topic of a {@link ReturnUpdatesRequest}, with its correlation
 * data: the next page of the store's update log. {@code last} is the highest seq in the page (the
 * request's {@code after} when the page is empty): the store asks next with {@code after = last}.
 * {@code more} says whether entries above {@code last} already exist. Guarantees: storeId and
 * updates set (updates may be empty, at most {@value ReturnUpdatesRequest#MAX_LIMIT}); seqs
 * strictly increasing (rule {@code increasing-seq}); {@code last} ≥ 0 and equal to the last
 * update's seq when there is one (rule {@code last-is-highest}).
 */
public record ReturnUpdates(StoreId storeId, List<ReturnUpdate> updates, long last, boolean more) {
  public ReturnUpdates {
    Checks.required(storeId, "storeId");
    Checks.required(updates, "updates");
    if (updates.size() > ReturnUpdatesRequest.MAX_LIMIT) {
      throw new InvalidMessageException(
          "updates", "max-items", "must contain at most " + ReturnUpdatesRequest.MAX_LIMIT);
    }
    for (int i = 0; i < updates.size(); i++) {
      Checks.required(updates.get(i), "updates[" + i + "]");
      if (i > 0 && updates.get(i).seq() <= updates.get(i - 1).seq()) {
        throw new InvalidMessageException(
            "updates[" + i + "].seq", "increasing-seq", "must be above the previous update's seq");
      }
    }
    updates = List.copyOf(updates);
    if (last < 0) {
      throw new InvalidMessageException("last", "range", "must be at least 0");
    }
    if (!updates.isEmpty() && updates.get(updates.size() - 1).seq() != last) {
      throw new InvalidMessageException(
          "last", "last-is-highest", "must be the seq of the last update");
    }
  }

  /** A page; {@code last} is taken from the updates, or {@code after} if there are none. */
  public static ReturnUpdates page(
      StoreId storeId, List<ReturnUpdate> updates, long after, boolean more) {
    long last = updates.isEmpty() ? after : updates.get(updates.size() - 1).seq();
    return new ReturnUpdates(storeId, updates, last, more);
  }
}
