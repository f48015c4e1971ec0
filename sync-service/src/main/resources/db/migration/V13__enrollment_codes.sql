-- V13: one-time enrollment codes (rebound-agentctl enroll). Only the SHA-256 of a code is stored.
CREATE TABLE enrollment_codes (
    code_hash  text PRIMARY KEY,          -- lower-case hex SHA-256 of the code
    store_id   text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    created_by text,                      -- the operator who issued it
    used_at    timestamptz                -- set once, by the enrollment that consumed it
);
CREATE INDEX enrollment_codes_by_store ON enrollment_codes(store_id);
