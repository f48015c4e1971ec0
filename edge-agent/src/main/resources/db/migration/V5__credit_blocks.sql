-- Store-credit numbers (issue 3): blocks reserved from central, and the numbers issued from them.
-- A number is taken inside the accept transaction (next_number moves on in the same commit as the
-- return), so it is never handed out twice, across restarts and crashes.
CREATE TABLE credit_blocks (
    block_id     TEXT PRIMARY KEY,
    request_id   TEXT NOT NULL UNIQUE,
    first_number INTEGER NOT NULL CHECK (first_number >= 1),
    last_number  INTEGER NOT NULL CHECK (last_number >= first_number),
    next_number  INTEGER NOT NULL CHECK (next_number BETWEEN first_number AND last_number + 1),
    granted_at   INTEGER NOT NULL
);

CREATE TABLE credit_numbers_issued (
    number    INTEGER PRIMARY KEY,
    block_id  TEXT NOT NULL REFERENCES credit_blocks (block_id),
    return_id TEXT NOT NULL
);
