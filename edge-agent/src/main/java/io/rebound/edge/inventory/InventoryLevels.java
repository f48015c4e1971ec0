package io.rebound.edge.inventory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.json.ProtocolJson;
import java.util.EnumMap;
import java.util.Map;

/** Units of one sku per inventory state (every state present, zero when none). */
public record InventoryLevels(String sku, Map<InventoryState, Long> quantities) {
  public InventoryLevels {
    EnumMap<InventoryState, Long> all = new EnumMap<>(InventoryState.class);
    for (InventoryState s : InventoryState.values()) {
      all.put(s, quantities.getOrDefault(s, 0L));
    }
    quantities = Map.copyOf(all);
  }

  /** {@code {"sku":…,"quantities":{"PENDING_INSPECTION":n,…}}} in state order. */
  public ObjectNode toJson() {
    ObjectNode root = ProtocolJson.mapper().createObjectNode();
    root.put("sku", sku);
    ObjectNode q = root.putObject("quantities");
    for (InventoryState s : InventoryState.values()) {
      q.put(s.name(), quantities.get(s));
    }
    return root;
  }
}
