-- Store credit a store accepted DEFERRED (no store-credit number was left there) and issued later
-- (event return.store-credit-issued): one row per return, deduplicated through ingested_events like
-- every event. No foreign key to returns: with several central instances the issue may be committed
-- before its return.accepted; the return's view reads the issue from here, and ingest sets the
-- returns row's refund_status to ISSUED whichever of the two is committed last.
CREATE TABLE store_credit_issues (
    event_id            uuid          PRIMARY KEY REFERENCES ingested_events (event_id),
    return_id           uuid          NOT NULL UNIQUE,
    store_id            text          NOT NULL,
    sequence            bigint        NOT NULL,
    store_credit_number text          NOT NULL,
    currency            text          NOT NULL,
    amount              numeric(19,4) NOT NULL,
    issued_at           timestamptz   NOT NULL,
    payload             jsonb         NOT NULL,  -- the return.store-credit-issued payload as received
    received_at         timestamptz   NOT NULL
);
