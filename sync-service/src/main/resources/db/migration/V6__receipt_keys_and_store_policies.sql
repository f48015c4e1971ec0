-- Central -> store commands (issue 3): receipt-token signing keys and per-store policies.

-- Ed25519 keys that sign receipt tokens. The private key (PKCS #8) never leaves this table: no
-- API returns it, no log prints it. One ACTIVE key signs; RETIRED keys still verify tokens issued
-- before a rotation (stores keep every public key). seq orders the keys; the key set version the
-- stores see is the highest seq.
CREATE TABLE receipt_signing_keys (
    seq          bigserial   NOT NULL UNIQUE,
    kid          text        PRIMARY KEY,
    public_key   text        NOT NULL,
    private_key  bytea       NOT NULL,
    state        text        NOT NULL CHECK (state IN ('ACTIVE', 'RETIRED')),
    created_at   timestamptz NOT NULL,
    retired_at   timestamptz
);
CREATE UNIQUE INDEX receipt_signing_keys_one_active ON receipt_signing_keys (state)
    WHERE state = 'ACTIVE';

-- The returns policy of each store, pushed on …/commands; versions only increase.
CREATE TABLE store_policies (
    store_id        text        PRIMARY KEY,
    policy_version  int         NOT NULL CHECK (policy_version >= 0),
    policy          jsonb       NOT NULL,
    updated_at      timestamptz NOT NULL
);
