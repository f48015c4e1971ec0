-- Central -> store outcome updates (settle): how each return's refund and ERP postings ended at central.
-- A page of central's per-store update log is applied in ONE write-lane transaction together with the
-- cursor, so applying a page twice changes nothing. The cursor is what the agent asks with next
-- (return-updates-request {after}): it is the store's acknowledgement.

-- One row per update-log entry; seq is central's per-store seq (so a repeated entry is ignored).
CREATE TABLE return_outcomes (
    seq         INTEGER PRIMARY KEY,
    return_id   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('REFUND','CREDIT_NOTE','STOCK_RETURN','DISPOSITION','SUPPLIER_CLAIM')),
    state       TEXT NOT NULL CHECK (state IN ('SUCCEEDED','DECLINED','DEAD_LETTERED')),
    reference   TEXT,
    detail      TEXT,
    at          INTEGER NOT NULL,   -- when central recorded it (epoch ms)
    received_at INTEGER NOT NULL
);
CREATE INDEX return_outcomes_by_return ON return_outcomes(return_id, seq);

-- The highest seq applied (one row).
CREATE TABLE return_updates_cursor (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq   INTEGER NOT NULL CHECK (last_seq >= 0),
    updated_at INTEGER NOT NULL
);
