-- V4: manager approval of returns that wait for it. A denied return gets status DENIED, so the
-- returns table is rebuilt with the wider CHECK (SQLite cannot alter a CHECK constraint); every
-- column, row and index is kept. approvals is append-only. Instants are epoch milliseconds (UTC).
CREATE TABLE returns_v4 (
  return_id       TEXT PRIMARY KEY,
  store_id        TEXT NOT NULL,
  terminal_id     TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('ACCEPTED','PENDING_APPROVAL','DENIED')),
  mode            TEXT NOT NULL CHECK (mode IN ('ONLINE','PAYMENT_DEGRADED','OFFLINE')),
  accepted_at     INTEGER NOT NULL,
  currency        TEXT NOT NULL,
  total_minor     INTEGER NOT NULL,
  refund_method   TEXT NOT NULL,
  refund_status   TEXT NOT NULL,
  request         BLOB NOT NULL,
  response        BLOB NOT NULL,
  sequence        INTEGER NOT NULL UNIQUE REFERENCES outbox(sequence),
  event_id        TEXT NOT NULL UNIQUE,
  sync_state      TEXT NOT NULL CHECK (sync_state IN ('PENDING','SYNCED')),
  synced_at       INTEGER,
  policy_version  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO returns_v4 (return_id, store_id, terminal_id, status, mode, accepted_at, currency,
  total_minor, refund_method, refund_status, request, response, sequence, event_id, sync_state,
  synced_at, policy_version)
  SELECT return_id, store_id, terminal_id, status, mode, accepted_at, currency, total_minor,
  refund_method, refund_status, request, response, sequence, event_id, sync_state, synced_at,
  policy_version FROM returns;
DROP TABLE returns;
ALTER TABLE returns_v4 RENAME TO returns;
CREATE INDEX returns_by_status ON returns(status, return_id);
CREATE INDEX returns_by_sync ON returns(sync_state, return_id);

-- One row per manager decision (one POST .../approval), carried by one return.approval-decided
-- event. A return is decided at most once (it leaves PENDING_APPROVAL), hence the unique return_id.
CREATE TABLE approvals (
  event_id    TEXT PRIMARY KEY,
  return_id   TEXT NOT NULL UNIQUE REFERENCES returns(return_id),
  sequence    INTEGER NOT NULL UNIQUE REFERENCES outbox(sequence),
  decided_at  INTEGER NOT NULL,
  decision    TEXT NOT NULL CHECK (decision IN ('APPROVED','DENIED')),
  manager     TEXT NOT NULL,
  reason      TEXT NOT NULL
) WITHOUT ROWID;
