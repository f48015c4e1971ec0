-- Edge -> central MQTT 5 requests (issue 3): refund authorizations and store-credit number blocks.

-- One row per decided refund authorization (APPROVED or DECLINED; UNAVAILABLE is never stored).
-- (store_id, request_key) is the POS request across retries: request_key = hex SHA-256 of the
-- Idempotency-Key, so a retry (maybe with a new return_id) gets the stored answer.
-- The orchestration refunds an APPROVED authorization when the return.accepted event of
-- return_id arrives with refund status APPROVED.
CREATE TABLE refund_authorizations (
    authorization_id  uuid PRIMARY KEY,
    store_id          text NOT NULL,
    request_key       text NOT NULL,
    return_id         uuid NOT NULL,
    sale_id           text NOT NULL,
    payment_reference text,
    currency          text NOT NULL,
    amount            numeric(19, 4) NOT NULL CHECK (amount >= 0),
    decision          text NOT NULL CHECK (decision IN ('APPROVED', 'DECLINED')),
    rule              text,
    message           text,
    requested_at      timestamptz NOT NULL,
    decided_at        timestamptz NOT NULL,
    CONSTRAINT refund_authorizations_request_unique UNIQUE (store_id, request_key),
    CHECK ((decision = 'DECLINED') = (rule IS NOT NULL))
);
CREATE INDEX refund_authorizations_return ON refund_authorizations (return_id);

-- The sale lines each authorization covered (line_key as in sale_line_returns).
CREATE TABLE refund_authorization_lines (
    authorization_id uuid NOT NULL REFERENCES refund_authorizations (authorization_id),
    sale_id          text NOT NULL,
    line_key         text NOT NULL,
    quantity         integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (authorization_id, line_key)
);
CREATE INDEX refund_authorization_lines_line ON refund_authorization_lines (sale_id, line_key);

-- Store-credit numbers, fleet-wide. A block takes nextval..nextval+size-1 under one advisory lock
-- (see requests.CreditBlockAllocator), so ranges never overlap; a rolled-back grant leaves a gap.
CREATE SEQUENCE store_credit_numbers AS bigint START WITH 1 MINVALUE 1 NO CYCLE;

CREATE TABLE credit_blocks (
    block_id     uuid PRIMARY KEY,
    store_id     text NOT NULL,
    request_id   uuid NOT NULL,
    first_number bigint NOT NULL CHECK (first_number >= 1),
    last_number  bigint NOT NULL,
    granted_at   timestamptz NOT NULL,
    CONSTRAINT credit_blocks_request_unique UNIQUE (store_id, request_id),
    CHECK (last_number >= first_number)
);
CREATE INDEX credit_blocks_store ON credit_blocks (store_id, first_number);
