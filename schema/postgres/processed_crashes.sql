-- Processed crashes as Crash Search's PostgreSQL source reads them (Socorro's shape), and the notification
-- that lets a following ingest worker see a new crash at once. Idempotent: safe to run again.
--
-- The source reads uuid, date_processed and processed_crash in keyset order of (date_processed, uuid), so
-- that index is what makes every batch cheap. processed_crash may also be jsonb, text or bytea (UTF-8);
-- json keeps the processor's text byte for byte.

CREATE TABLE IF NOT EXISTS processed_crashes (
    uuid            uuid        NOT NULL PRIMARY KEY,
    date_processed  timestamptz NOT NULL,
    processed_crash json        NOT NULL
);

CREATE INDEX IF NOT EXISTS processed_crashes_date_processed_uuid
    ON processed_crashes (date_processed, uuid);

-- One notification per statement (a COPY of 100,000 rows sends one), carrying the table name.
CREATE OR REPLACE FUNCTION crashsearch_notify_processed_crash() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('crashsearch_processed_crash', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER processed_crashes_notify
    AFTER INSERT OR UPDATE ON processed_crashes
    FOR EACH STATEMENT EXECUTE FUNCTION crashsearch_notify_processed_crash();

-- Socorro kept one table per ISO week, processed_crashes_YYYYWW; read them all with
-- ?table=processed_crashes_* (new weeks are picked up as they appear). This creates the week of a date,
-- with the same columns, index and notification.
CREATE OR REPLACE FUNCTION crashsearch_create_weekly_table(day date) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    name text := 'processed_crashes_' || to_char(day, 'IYYYIW');
BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS %I (LIKE processed_crashes INCLUDING ALL)', name);
    EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER INSERT OR UPDATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION crashsearch_notify_processed_crash()', name || '_notify', name);
    RETURN name;
END
$$;
