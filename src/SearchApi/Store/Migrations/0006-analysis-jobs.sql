-- Analysis jobs (docs/analysis.md). Times are UTC Unix milliseconds. The result files live in <data>/analysis.
CREATE TABLE analysis_jobs (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    -- What the job computes: AnalysisJobSpec as JSON.
    spec TEXT NOT NULL,
    -- QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED or EXPIRED.
    state TEXT NOT NULL,
    scanned BIGINT NOT NULL DEFAULT 0,
    total BIGINT NULL,
    created_at BIGINT NOT NULL,
    started_at BIGINT NULL,
    finished_at BIGINT NULL,
    expires_at BIGINT NULL,
    error TEXT NULL,
    -- The process running it; a RUNNING job whose lease ran out (its process died) is taken over and restarted.
    lease_owner TEXT NULL,
    lease_until BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX analysis_jobs_owner ON analysis_jobs (owner);
CREATE INDEX analysis_jobs_state ON analysis_jobs (state);
