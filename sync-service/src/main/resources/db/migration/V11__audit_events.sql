-- Store audit logs (event audit.recorded): one append-only row per privileged action at a store
-- (login, terminal token issued/revoked, account created, approval, inspection, access denied),
-- deduplicated through ingested_events like every event.
CREATE TABLE audit_events (
    event_id    uuid        PRIMARY KEY REFERENCES ingested_events (event_id),
    store_id    text        NOT NULL,
    audit_id    bigint      NOT NULL,
    sequence    bigint      NOT NULL,
    recorded_at timestamptz NOT NULL,
    actor_kind  text        NOT NULL,
    actor       text        NOT NULL,
    role        text,
    terminal_id text,
    action      text        NOT NULL,
    target      text,
    result      text        NOT NULL,
    detail      text,
    received_at timestamptz NOT NULL,
    UNIQUE (store_id, audit_id)
);
CREATE INDEX audit_events_by_store ON audit_events (store_id, recorded_at);
