-- Alerts on saved searches (docs/alerts.md). Times are UTC Unix milliseconds, durations milliseconds.
CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    saved_search_id TEXT NOT NULL,
    condition TEXT NOT NULL,
    threshold INTEGER NULL,
    window_text TEXT NULL,
    recipients TEXT NOT NULL,
    webhook_url TEXT NULL,
    webhook_secret TEXT NULL,
    min_interval_text TEXT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    paused_reason TEXT NULL,
    -- Evaluation state. watermark: NEW_MATCH, crashes indexed up to it are announced; SPIKE, the end of the last
    -- window judged. pending_at: the instant of an evaluation begun and not finished, reused by its re-run so that
    -- its outbox keys are the same. firing: THRESHOLD, above the threshold; SPIKE, the signatures spiking (JSON).
    watermark BIGINT NOT NULL,
    pending_at BIGINT NULL,
    firing TEXT NULL,
    last_evaluated_at BIGINT NULL,
    last_sent_at BIGINT NULL,
    last_error TEXT NULL,
    -- One evaluating process at a time: taken by a conditional UPDATE, on SQLite and PostgreSQL alike.
    lease_owner TEXT NULL,
    lease_until BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX alerts_owner ON alerts (owner);
