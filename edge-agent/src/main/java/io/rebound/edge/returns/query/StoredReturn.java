package io.rebound.edge.returns.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.returns.SyncState;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import java.time.Instant;
import java.util.Optional;

/** A stored return as read back: its original response plus where its sync stands. */
public record StoredReturn(
    ReturnId returnId,
    byte[] response,
    long sequence,
    EventId eventId,
    SyncState syncState,
    Optional<Instant> syncedAt) {

  /** The response fields plus {@code "sync":{"state","sequence","eventId","syncedAt"}}. */
  public ObjectNode toJson() {
    JsonNode body = ProtocolJson.parseTree(response);
    ObjectNode view = ((ObjectNode) body).deepCopy();
    ObjectNode sync = view.putObject("sync");
    sync.put("state", syncState.name());
    sync.put("sequence", sequence);
    sync.put("eventId", eventId.toString());
    if (syncedAt.isPresent()) {
      sync.put("syncedAt", syncedAt.get().toString());
    } else {
      sync.putNull("syncedAt");
    }
    return view;
  }
}
