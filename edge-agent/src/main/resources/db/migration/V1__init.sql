-- V1: returns, their transactional outbox and the durable idempotency records.
-- Rows are never deleted by this version. All instants are epoch milliseconds (UTC).

-- One event per row, in the store's sequence order 1,2,3... The relay publishes PENDING rows
-- and marks them ACKED only when central's application-level ack arrives.
CREATE TABLE outbox (
  sequence    INTEGER PRIMARY KEY,   -- the per-store sequence, assigned in the accept transaction
  event_id    TEXT NOT NULL UNIQUE,
  event_type  TEXT NOT NULL,         -- wire name, e.g. return.accepted
  return_id   TEXT,
  envelope    BLOB NOT NULL,         -- the exact EventEnvelope JSON bytes to publish
  state       TEXT NOT NULL CHECK (state IN ('PENDING','ACKED')),
  created_at  INTEGER NOT NULL,
  acked_at    INTEGER,
  ack_outcome TEXT                   -- AckOutcome name
);
CREATE INDEX outbox_pending ON outbox(sequence) WHERE state = 'PENDING';

-- One row per accepted return. return_id is a version 7 UUID: its text sorts in time order,
-- which keyset paging relies on.
CREATE TABLE returns (
  return_id       TEXT PRIMARY KEY,
  store_id        TEXT NOT NULL,
  terminal_id     TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('ACCEPTED','PENDING_APPROVAL')),
  mode            TEXT NOT NULL CHECK (mode IN ('ONLINE','PAYMENT_DEGRADED','OFFLINE')),
  accepted_at     INTEGER NOT NULL,
  currency        TEXT NOT NULL,
  total_minor     INTEGER NOT NULL,  -- total in minor units of currency
  refund_method   TEXT NOT NULL,
  refund_status   TEXT NOT NULL,
  request         BLOB NOT NULL,     -- canonical ReturnRequest JSON
  response        BLOB NOT NULL,     -- ReturnResponse JSON as sent to the POS
  sequence        INTEGER NOT NULL UNIQUE REFERENCES outbox(sequence),
  event_id        TEXT NOT NULL UNIQUE,
  sync_state      TEXT NOT NULL CHECK (sync_state IN ('PENDING','SYNCED')),
  synced_at       INTEGER
) WITHOUT ROWID;
CREATE INDEX returns_by_status ON returns(status, return_id);
CREATE INDEX returns_by_sync ON returns(sync_state, return_id);

-- Idempotency-Key records, written in the accept transaction; they never expire while the
-- return exists. A retry with the same key and fingerprint gets the stored response byte for byte.
CREATE TABLE idempotency (
  idempotency_key TEXT PRIMARY KEY,
  fingerprint     TEXT NOT NULL,     -- hex SHA-256 of the canonical request JSON
  return_id       TEXT NOT NULL REFERENCES returns(return_id),
  response_status INTEGER NOT NULL,
  response_body   BLOB NOT NULL,
  created_at      INTEGER NOT NULL
) WITHOUT ROWID;
