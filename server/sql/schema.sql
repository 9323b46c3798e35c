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
    entry jsonb NOT NULL DEFAULT '{}',
    content_hash text NOT NULL,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq bigint GENERATED ALWAYS AS IDENTITY,
    filed_at timestamptz NOT NULL DEFAULT now(),
    op_at bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (clinic_id, client_id, entry_uuid, revision)
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

-- The clinic's clients, by the name the clinic knows them by (a pseudonym
-- or initials: the clinic chooses), made when a pairing code is issued.
CREATE TABLE IF NOT EXISTS client (
    clinic_id uuid NOT NULL REFERENCES clinic (id),
    id uuid NOT NULL,
    label text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id)
);

-- A single-use code the clinic gives a client (or a clinician) to pair a
-- device. Only its hash is kept. Before the clinic is known, the service sees
-- the one row whose hash it sets in app.code_hash.
CREATE TABLE IF NOT EXISTS pairing_code (
    code_hash text PRIMARY KEY,
    clinic_id uuid NOT NULL REFERENCES clinic (id),
    role text NOT NULL CHECK (role IN ('client', 'clinician')),
    subject_id uuid NOT NULL,
    label text NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz
);

-- A paired device: its Ed25519 public key signs the requests for tokens.
CREATE TABLE IF NOT EXISTS device (
    clinic_id uuid NOT NULL REFERENCES clinic (id),
    id uuid NOT NULL,
    role text NOT NULL CHECK (role IN ('client', 'clinician')),
    subject_id uuid NOT NULL,
    label text NOT NULL,
    public_key text NOT NULL,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    PRIMARY KEY (clinic_id, id)
);

-- Each token request's nonce, once: a replayed request is refused.
CREATE TABLE IF NOT EXISTS token_nonce (
    clinic_id uuid NOT NULL REFERENCES clinic (id),
    device_id uuid NOT NULL,
    nonce text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, device_id, nonce)
);

-- The client's choices about an entry already sent: withdrawn, or shared
-- again after that. The newest decides whether clinicians see it.
CREATE TABLE IF NOT EXISTS consent_event (
    clinic_id uuid NOT NULL REFERENCES clinic (id),
    id bigint GENERATED ALWAYS AS IDENTITY,
    client_id uuid NOT NULL,
    entry_uuid uuid NOT NULL,
    action text NOT NULL CHECK (action IN ('withdraw', 'share')),
    op_at bigint NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, id),
    UNIQUE (clinic_id, client_id, entry_uuid, op_at, action)
);

-- The clinic of the current transaction (SET LOCAL app.clinic_id); none: no rows.
CREATE OR REPLACE FUNCTION current_clinic() RETURNS uuid
    LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.clinic_id', true), '')::uuid $$;

ALTER TABLE record ADD COLUMN IF NOT EXISTS entry jsonb NOT NULL DEFAULT '{}';
ALTER TABLE record ADD COLUMN IF NOT EXISTS op_at bigint NOT NULL DEFAULT 0;

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

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['client', 'device', 'token_nonce', 'consent_event'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_clinic', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (clinic_id = current_clinic()) WITH CHECK (clinic_id = current_clinic())',
                       t || '_clinic', t);
    END LOOP;
END $$;

ALTER TABLE pairing_code ENABLE ROW LEVEL SECURITY;
ALTER TABLE pairing_code FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS pairing_code_clinic ON pairing_code;
CREATE POLICY pairing_code_clinic ON pairing_code
    USING (clinic_id = current_clinic() OR code_hash = NULLIF(current_setting('app.code_hash', true), ''))
    WITH CHECK (clinic_id = current_clinic());
