package io.rebound.protocols.envelope;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.audit.AuditRecorded;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.returns.ReturnAccepted;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of event a store publishes, with their wire names and payload types. */
public enum EventType {
  /** A return was accepted at the store. */
  RETURN_ACCEPTED("return.accepted", ReturnAccepted.class),
  /** A return (or part of it) was inspected at the store and its units dispositioned. */
  RETURN_INSPECTED("return.inspected", ReturnInspected.class),
  /** A manager approved or denied a return that waited for approval. */
  RETURN_APPROVAL_DECIDED("return.approval-decided", ApprovalDecided.class),
  /** A privileged action (login, approval, terminal token, …) was recorded in the audit log. */
  AUDIT_RECORDED("audit.recorded", AuditRecorded.class),
  /** Store credit left DEFERRED for want of a number was issued under one. */
  RETURN_STORE_CREDIT_ISSUED("return.store-credit-issued", StoreCreditIssued.class);

  private final String wireName;
  private final Class<? extends EventPayload> payloadType;

  EventType(String wireName, Class<? extends EventPayload> payloadType) {
    this.wireName = wireName;
    this.payloadType = payloadType;
  }

  /** The name on the wire, e.g. {@code return.accepted}; also its payload schema's name. */
  public String wireName() {
    return wireName;
  }

  /** The record the payload decodes into. */
  public Class<? extends EventPayload> payloadType() {
    return payloadType;
  }

  /** The JSON Schema resource (classpath) that describes this event's payload. */
  public String schemaResource() {
    return "/schemas/" + wireName + ".schema.json";
  }

  /** The type with this wire name; rule {@code known-event-type} otherwise. */
  public static EventType ofWireName(String name) {
    for (EventType t : values()) {
      if (t.wireName.equals(name)) {
        return t;
      }
    }
    throw new InvalidMessageException(
        "type",
        "known-event-type",
        "'"
            + name
            + "' is not one of "
            + Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", ")));
  }

  /** The type whose payload record {@code payload} is. */
  public static EventType of(EventPayload payload) {
    for (EventType t : values()) {
      if (t.payloadType.isInstance(payload)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no event type for " + payload.getClass());
  }
}
