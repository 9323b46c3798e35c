-- The clinic service's store (issue 31, part 1): shared records and an
-- append-only audit, every clinic's rows separated by row-level security.
-- Run as the owner; the service connects as the role :app_role (not an owner,
-- not a superuser), so the policies bind it.
CREATE SCHEMA IF NOT EXISTS tessera;
SET search_path = tessera;

CREATE TABLE IF NOT EXISTS clinic (
    id uuid PRIMARY KEY,
    name text NOT NULL
);

-- One row per shared revision of a journal entry. The key (clinic, entry,
-- revision) makes a write idempotent; xid and seq order the pull.
CREATE TABLE IF NOT EXISTS record (
    clinic_id uuid NOT NULL REFERENCES clinic (id),
    client_id uuid NOT NULL,
    entry_uuid uuid NOT NULL,
    revision integer NOT NULL CHECK (revision >= 1),
    code text NOT NULL,
    effective_at timestamptz NOT NULL,
    value_num double precision,
    resource jsonb NOT NULL,
    content_hash text NOT NULL,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq bigint GENERATED ALWAYS AS IDENTITY,
    filed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, entry_uuid, revision)
);
CREATE INDEX IF NOT EXISTS record_pull ON record (clinic_id, xid, seq);
CREATE INDEX IF NOT EXISTS record_caseload ON record (clinic_id, client_id, code, effective_at DESC);

-- Who read or wrote what: rows are only ever added.
CREATE TABLE IF NOT EXISTS audit_event (
    clinic_id uuid NOT NULL REFERENCES clinic (id),
    id bigint GENERATED ALWAYS AS IDENTITY,
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    action text NOT NULL,
    client_id uuid,
    detail jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (clinic_id, id)
);

-- The clinic of the current transaction (SET LOCAL app.clinic_id); none: no rows.
CREATE OR REPLACE FUNCTION current_clinic() RETURNS uuid
    LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.clinic_id', true), '')::uuid $$;

ALTER TABLE record ENABLE ROW LEVEL SECURITY;
ALTER TABLE record FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS record_clinic ON record;
CREATE POLICY record_clinic ON record USING (clinic_id = current_clinic()) WITH CHECK (clinic_id = current_clinic());

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS audit_clinic ON audit_event;
CREATE POLICY audit_clinic ON audit_event USING (clinic_id = current_clinic()) WITH CHECK (clinic_id = current_clinic());

ALTER TABLE clinic ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinic FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS clinic_self ON clinic;
CREATE POLICY clinic_self ON clinic USING (id = current_clinic());
