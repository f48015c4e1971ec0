-- V6: what central pushed on …/commands. Instants are epoch milliseconds (UTC).

-- The store policy last pushed by central (at most one row). In force when its version is
-- newer than the policy file's; a command with a version not above policy_version is ignored.
CREATE TABLE central_policy (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  policy_version  INTEGER NOT NULL CHECK (policy_version >= 0),
  policy_json     TEXT NOT NULL,
  command_id      TEXT NOT NULL,
  received_at     INTEGER NOT NULL
);

-- The receipt-token public keys (Ed25519, raw 32 bytes as unpadded base64url) and the version
-- of the set they belong to; a newer set replaces every row in one transaction.
CREATE TABLE receipt_key_set (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  version      INTEGER NOT NULL CHECK (version >= 0),
  command_id   TEXT NOT NULL,
  received_at  INTEGER NOT NULL
);

CREATE TABLE receipt_keys (
  kid         TEXT PRIMARY KEY,
  public_key  TEXT NOT NULL
) WITHOUT ROWID;
