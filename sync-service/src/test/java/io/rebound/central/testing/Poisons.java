package io.rebound.central.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Broken variants of a valid event, as the bytes a misbehaving edge would publish. */
public final class Poisons {
  private Poisons() {}

  /** The valid event's JSON tree after {@code edit}. */
  public static byte[] edited(EventEnvelope valid, Consumer<ObjectNode> edit) {
    ObjectNode tree = (ObjectNode) ProtocolJson.toTree(valid);
    edit.accept(tree);
    return ProtocolJson.toBytes(tree);
  }

  public static byte[] notJson() {
    return "{\"eventId\": not json".getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] schemaViolation(EventEnvelope valid) {
    return edited(valid, t -> t.put("sequence", "one"));
  }

  public static byte[] unknownMajor(EventEnvelope valid) {
    return edited(valid, t -> t.put("schemaVersion", "2.0"));
  }

  public static byte[] payloadStore(EventEnvelope valid, StoreId other) {
    return edited(valid, t -> ((ObjectNode) t.get("payload")).put("storeId", other.value()));
  }

  public static byte[] unknownType(EventEnvelope valid) {
    return edited(valid, t -> t.put("type", "return.exploded"));
  }
}
