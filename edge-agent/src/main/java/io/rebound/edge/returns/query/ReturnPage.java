package io.rebound.edge.returns.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import java.util.List;
import java.util.Optional;

/** One page of returns and the keyset cursor for the next ({@code after=next}), if any. */
public record ReturnPage(List<StoredReturn> items, Optional<ReturnId> next) {
  public ReturnPage {
    items = List.copyOf(items);
  }

  /** Builds a page from up to {@code limit + 1} rows: the extra row only signals "more". */
  static ReturnPage of(List<StoredReturn> rows, int limit) {
    if (rows.size() <= limit) {
      return new ReturnPage(rows, Optional.empty());
    }
    List<StoredReturn> page = rows.subList(0, limit);
    return new ReturnPage(page, Optional.of(page.get(limit - 1).returnId()));
  }

  /** {@code {"items":[…],"next":"<returnId>"|null}}. */
  public ObjectNode toJson() {
    ObjectNode root = ProtocolJson.mapper().createObjectNode();
    ArrayNode array = root.putArray("items");
    items.forEach(item -> array.add(item.toJson()));
    if (next.isPresent()) {
      root.put("next", next.get().toString());
    } else {
      root.putNull("next");
    }
    return root;
  }
}
