-- Saved searches. filters, columns and facets are JSON arrays; times are UTC Unix milliseconds, as in api_keys.
-- owner is the id of the API key that created the search; revoking the key leaves its searches in place.
CREATE TABLE saved_searches (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    search TEXT NOT NULL,
    filters TEXT NOT NULL,
    time_window TEXT NULL,
    columns TEXT NOT NULL,
    facets TEXT NOT NULL,
    visibility TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX saved_searches_owner ON saved_searches (owner, created_at);
CREATE INDEX saved_searches_visibility ON saved_searches (visibility, created_at);
