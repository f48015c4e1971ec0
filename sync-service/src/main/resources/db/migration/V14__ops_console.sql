-- Ops console (fleet chart and return search).

-- Backlog and sync lag of each store over time: one sample per store status that arrives, at most one per
-- store per rebound.fleet.sample-interval, deleted after rebound.fleet.sample-retention.
-- oldest_pending_age_seconds is the store's sync lag (age of its oldest event central has not acknowledged).
CREATE TABLE store_metric_samples (
    store_id                   text        NOT NULL,
    sampled_at                 timestamptz NOT NULL,
    backlog                    bigint      NOT NULL CHECK (backlog >= 0),
    oldest_pending_age_seconds bigint      NOT NULL CHECK (oldest_pending_age_seconds >= 0),
    online                     boolean     NOT NULL,
    PRIMARY KEY (store_id, sampled_at)
);
CREATE INDEX store_metric_samples_by_time ON store_metric_samples (sampled_at);

-- Return search: newest first, keyset paging on (accepted_at, return_id), overall and per store.
CREATE INDEX returns_by_accepted ON returns (accepted_at DESC, return_id DESC);
CREATE INDEX returns_by_store_accepted ON returns (store_id, accepted_at DESC, return_id DESC);
