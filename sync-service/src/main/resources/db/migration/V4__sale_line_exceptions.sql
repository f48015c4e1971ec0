-- Cross-store duplicate detection (issue 3 item 5). Each receipted line of an ingested return.accepted
-- is recorded per (sale_id, line_key); line_key is 'line:<saleLineId>' when the POS gave one, else
-- 'sku:<sku>' (the edge ledger's matching). Lines of one return with the same key are summed.
-- seq orders the rows of one key by commit: writers take a transaction advisory lock per key first.
CREATE TABLE sale_line_returns (
    seq         bigserial   NOT NULL UNIQUE,
    sale_id     text        NOT NULL,
    line_key    text        NOT NULL,
    return_id   uuid        NOT NULL,
    store_id    text        NOT NULL,
    quantity    int         NOT NULL CHECK (quantity > 0),
    accepted_at timestamptz NOT NULL,
    PRIMARY KEY (sale_id, line_key, return_id)
);
CREATE INDEX sale_line_returns_by_return ON sale_line_returns (return_id);

-- Conditions central raises for operators. One row per (earlier, later) pair of returns of one sale line;
-- the unique key makes the insert conflict-safe on a redelivery.
CREATE TABLE exceptions (
    id                bigserial PRIMARY KEY,
    kind              text        NOT NULL CHECK (kind IN ('DUPLICATE_SALE_LINE_RETURN')),
    state             text        NOT NULL CHECK (state IN ('OPEN', 'RESOLVED')),
    sale_id           text        NOT NULL,
    line_key          text        NOT NULL,
    first_store_id    text        NOT NULL,
    first_return_id   uuid        NOT NULL,
    first_quantity    int         NOT NULL,
    second_store_id   text        NOT NULL,
    second_return_id  uuid        NOT NULL,
    second_quantity   int         NOT NULL,
    detected_at       timestamptz NOT NULL,
    CONSTRAINT exceptions_pair_unique UNIQUE (kind, sale_id, line_key, first_return_id, second_return_id)
);
CREATE INDEX exceptions_by_state ON exceptions (state, id);
CREATE INDEX exceptions_by_first_return ON exceptions (first_return_id);
CREATE INDEX exceptions_by_second_return ON exceptions (second_return_id);
