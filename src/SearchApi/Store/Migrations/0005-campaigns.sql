-- Campaigns: a message from an admin to everyone who left an email address on a crash matching a saved search.
-- Addresses are never stored here (the outbox holds each mail); only counts. Times are UTC Unix milliseconds.
CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    saved_search_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    recipients INTEGER NOT NULL,
    queued INTEGER NOT NULL,
    suppressed INTEGER NOT NULL
);
