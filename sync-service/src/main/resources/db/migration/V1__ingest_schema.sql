-- Central's ingest schema. Ids are uuid (bind java.util.UUID or cast ?::uuid), money is numeric + currency.

-- One row per store ever heard of: sequence watermarks (ingest) and the latest status (status topic).
-- Downstream processing (a later issue) reads a store's events in sequence order up to contiguous_sequence:
-- everything at or below it is present, nothing above it may be processed before the gap closes.
CREATE TABLE stores (
    store_id                   text PRIMARY KEY,
    contiguous_sequence        bigint      NOT NULL DEFAULT 0,  -- highest n such that 1..n are all stored
    highest_sequence           bigint      NOT NULL DEFAULT 0,  -- highest sequence stored
    missing_sequences          bigint      NOT NULL DEFAULT 0,  -- sequences below highest not yet stored
    gap_since                  timestamptz,                     -- set while highest > contiguous
    last_seen                  timestamptz,                     -- last event or live ONLINE status
    connection_state           text,                            -- ONLINE | OFFLINE; null until a status arrives
    state_since                timestamptz,
    agent_version              text,
    backlog                    bigint,
    oldest_pending_age_seconds bigint,
    status_reported_at         timestamptz,
    created_at                 timestamptz NOT NULL DEFAULT now()
);

-- The deduplication table: one row per event ever committed, written in the same transaction as its effect.
CREATE TABLE ingested_events (
    event_id       uuid PRIMARY KEY,
    store_id       text        NOT NULL,
    sequence       bigint      NOT NULL CHECK (sequence >= 1),
    event_type     text        NOT NULL,
    schema_version text        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    received_at    timestamptz NOT NULL,
    traceparent    text        NOT NULL,
    CONSTRAINT ingested_events_store_sequence_unique UNIQUE (store_id, sequence)
);

CREATE TABLE returns (
    return_id     uuid PRIMARY KEY,
    store_id      text          NOT NULL,
    terminal_id   text          NOT NULL,
    status        text          NOT NULL,
    mode          text          NOT NULL,
    accepted_at   timestamptz   NOT NULL,
    currency      char(3)       NOT NULL,
    total_amount  numeric(19,4) NOT NULL,
    refund_method text          NOT NULL,
    refund_amount numeric(19,4) NOT NULL,
    refund_status text          NOT NULL,
    event_id      uuid          NOT NULL REFERENCES ingested_events (event_id),
    sequence      bigint        NOT NULL,
    received_at   timestamptz   NOT NULL,
    payload       jsonb         NOT NULL  -- the return.accepted payload as received (canonical JSON)
);
CREATE INDEX returns_store_sequence ON returns (store_id, sequence);

-- Messages central could not process. fingerprint = sha-256 of topic + payload, so a redelivered poison
-- message counts a redelivery instead of adding a row.
CREATE TABLE dead_letters (
    id            bigserial PRIMARY KEY,
    fingerprint   text        NOT NULL UNIQUE,
    reason        text        NOT NULL,
    rule          text        NOT NULL,
    field         text,
    topic         text        NOT NULL,
    store_id      text,
    event_id      uuid,
    sequence      bigint,
    received_at   timestamptz NOT NULL,
    payload       text        NOT NULL,
    payload_bytes integer     NOT NULL,
    redeliveries  integer     NOT NULL DEFAULT 0
);
CREATE INDEX dead_letters_store ON dead_letters (store_id, id);
