-- Central -> store outcome updates (settle): how each return's refund and ERP postings ended, per store,
-- in commit order. The agent pulls them with return-updates-request {after: seq} over MQTT 5
-- request/response; the cursor it asks with is its acknowledgement. Rows are never updated.

-- The per-store counter. The upsert that bumps it row-locks the store's counter until commit, so two
-- transactions appending for the same store commit in seq order: a reader of "seq > cursor" never
-- skips a row that commits late.
-- acked_seq: the highest cursor the store has asked with (= acknowledged: everything up to it is applied there).
CREATE TABLE store_update_counters (
    store_id  text   PRIMARY KEY,
    last_seq  bigint NOT NULL CHECK (last_seq >= 1),
    acked_seq bigint NOT NULL DEFAULT 0 CHECK (acked_seq >= 0),
    acked_at  timestamptz
);

-- One row per final step state (REFUND SUCCEEDED / DECLINED, an ERP posting SUCCEEDED, any step
-- DEAD_LETTERED), written in the transaction that records the state. A replayed step that ends again
-- appends a new row.
CREATE TABLE store_updates (
    store_id   text        NOT NULL,
    seq        bigint      NOT NULL CHECK (seq >= 1),
    return_id  uuid        NOT NULL,
    step_id    bigint      NOT NULL REFERENCES process_steps (id),
    kind       text        NOT NULL,
    state      text        NOT NULL CHECK (state IN ('SUCCEEDED', 'DECLINED', 'DEAD_LETTERED')),
    reference  text,
    detail     text,
    currency   char(3),
    amount     numeric(19, 4) CHECK (amount >= 0),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (store_id, seq),
    CHECK ((currency IS NULL) = (amount IS NULL))
);
CREATE INDEX store_updates_return ON store_updates (return_id);
