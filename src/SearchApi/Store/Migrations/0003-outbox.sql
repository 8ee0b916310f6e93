-- The delivery outbox: mails and webhooks waiting to be sent, sent, refused for good, or suppressed by an
-- unsubscription. Times are UTC Unix milliseconds, as everywhere in the store. A sender owns a message while
-- lease_until is in the future; a sender that dies lets the lease run out and another one takes the message over.
CREATE TABLE outbox (
    message_key TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    topic TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NULL,
    json_body TEXT NULL,
    webhook_secret TEXT NULL,
    unsubscribe_url TEXT NULL,
    state TEXT NOT NULL,
    queued_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    lease_owner TEXT NULL,
    lease_until BIGINT NULL,
    attempts INTEGER NOT NULL,
    last_error TEXT NULL,
    finished_at BIGINT NULL
);
CREATE INDEX outbox_state_due ON outbox (state, due_at);

-- Who asked to hear no more of what: topic "alert:<id>", "campaigns" (every campaign), ...
CREATE TABLE unsubscriptions (
    recipient TEXT NOT NULL,
    topic TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (recipient, topic)
);
