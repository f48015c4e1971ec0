-- Per-store message-signing keys (HMAC-SHA256, issued by POST /api/v1/stores/{storeId}/message-key).
-- At most one active (not revoked) key per store; issuing a new key revokes the previous one.
CREATE TABLE store_message_keys (
    store_id   text        NOT NULL,
    key_id     text        NOT NULL,
    secret     bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz,
    PRIMARY KEY (store_id, key_id),
    CONSTRAINT store_message_keys_secret_length CHECK (octet_length(secret) >= 32)
);

CREATE UNIQUE INDEX store_message_keys_one_active ON store_message_keys (store_id) WHERE revoked_at IS NULL;
