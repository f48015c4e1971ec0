package io.rebound.protocols.schema;

import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.approval.ApprovalRequest;
import io.rebound.protocols.audit.AuditRecorded;
import io.rebound.protocols.commands.StoreCommand;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.envelope.AckBatch;
import io.rebound.protocols.envelope.CentralStatus;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.inspection.InspectionRequest;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.receipts.ReceiptClaims;
import io.rebound.protocols.receipts.ReceiptKeySet;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.rebound.protocols.requests.CreditBlockRequest;
import io.rebound.protocols.requests.RefundAuthorizationRequest;
import io.rebound.protocols.requests.RefundAuthorizationResponse;
import io.rebound.protocols.requests.ReturnUpdates;
import io.rebound.protocols.requests.ReturnUpdatesRequest;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.ReturnResponse;

/**
 * Every message kind of the contract, with its JSON Schema resource and record type. Each kind has
 * exactly one schema ({@code /schemas/<schemaName>.schema.json}) and one record; a document valid
 * against the schema decodes into the record, except for cross-field rules the schema cannot state
 * (e.g. one currency per return, payload store = envelope store), which only the record enforces.
 */
public enum MessageKind {
  /** POS → agent: body of {@code POST /api/v1/returns}. */
  RETURN_REQUEST("return-request", ReturnRequest.class),
  /** Agent → POS: body of the {@code 201}. */
  RETURN_RESPONSE("return-response", ReturnResponse.class),
  /** Edge → central on {@code …/events}. The payload is checked by its own kind. */
  EVENT_ENVELOPE("event-envelope", EventEnvelope.class),
  /** Payload of event type {@code return.accepted}. */
  RETURN_ACCEPTED("return.accepted", ReturnAccepted.class),
  /** Central → edge on {@code …/acks}. */
  ACK_BATCH("ack-batch", AckBatch.class),
  /** Central, retained, on {@code rebound/v1/central/instances/{instanceId}/status}. */
  CENTRAL_STATUS("central-status", CentralStatus.class),
  /** Edge, retained, on {@code …/status}. */
  STORE_STATUS("store-status", StoreStatus.class),
  /** A store's returns policy: the agent's policy file, later pushed by central. */
  STORE_POLICY("store-policy", StorePolicy.class),
  /** POS → agent: body of {@code POST /api/v1/returns/{returnId}/inspection}. */
  INSPECTION_REQUEST("inspection-request", InspectionRequest.class),
  /** Payload of event type {@code return.inspected}. */
  RETURN_INSPECTED("return.inspected", ReturnInspected.class),
  /** POS/manager → agent: body of {@code POST /api/v1/returns/{returnId}/approval}. */
  APPROVAL_REQUEST("approval-request", ApprovalRequest.class),
  /** Payload of event type {@code return.approval-decided}. */
  RETURN_APPROVAL_DECIDED("return.approval-decided", ApprovalDecided.class),
  /** The signed payload of a receipt token ({@code originalSale.receiptToken}). */
  RECEIPT_CLAIMS("receipt-claims", ReceiptClaims.class),
  /** The public receipt-token keys: {@code GET /api/v1/receipt-keys}, and in a store command. */
  RECEIPT_KEY_SET("receipt-key-set", ReceiptKeySet.class),
  /** Central → store on {@code …/commands}: policy updates and receipt keys. */
  STORE_COMMAND("store-command", StoreCommand.class),
  /** Edge → central on {@code …/requests}: may this card refund be issued now? */
  REFUND_AUTHORIZATION_REQUEST("refund-authorization-request", RefundAuthorizationRequest.class),
  /** Central → edge on the request's response topic ({@code …/responses}). */
  REFUND_AUTHORIZATION_RESPONSE("refund-authorization-response", RefundAuthorizationResponse.class),
  /** Edge → central on {@code …/requests}: reserve a block of store-credit numbers. */
  CREDIT_BLOCK_REQUEST("credit-block-request", CreditBlockRequest.class),
  /** Central → edge on the request's response topic ({@code …/responses}). */
  CREDIT_BLOCK_GRANT("credit-block-grant", CreditBlockGrant.class),
  /** Payload of event type {@code audit.recorded}. */
  AUDIT_RECORDED("audit.recorded", AuditRecorded.class),
  /** Payload of event type {@code return.store-credit-issued}. */
  RETURN_STORE_CREDIT_ISSUED("return.store-credit-issued", StoreCreditIssued.class),
  /** Edge → central on {@code …/requests}: the store's update-log entries after a cursor. */
  RETURN_UPDATES_REQUEST("return-updates-request", ReturnUpdatesRequest.class),
  /** Central → edge on the request's response topic: how returns' refunds and postings ended. */
  RETURN_UPDATES("return-updates", ReturnUpdates.class);

  private final String schemaName;
  private final Class<?> recordType;

  MessageKind(String schemaName, Class<?> recordType) {
    this.schemaName = schemaName;
    this.recordType = recordType;
  }

  /** The schema's name, e.g. {@code ack-batch}; also the folder name of this kind's examples. */
  public String schemaName() {
    return schemaName;
  }

  /** Classpath resource of the schema, e.g. {@code /schemas/ack-batch.schema.json}. */
  public String schemaResource() {
    return "/schemas/" + schemaName + ".schema.json";
  }

  /** The {@code $id} of the schema. */
  public String schemaId() {
    return MessageSchemas.ID_PREFIX + schemaName + ".schema.json";
  }

  /** The record a document of this kind decodes into with {@code ProtocolJson.decode}. */
  public Class<?> recordType() {
    return recordType;
  }
}
