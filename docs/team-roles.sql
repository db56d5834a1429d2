-- Faktura team mode: roles for the people of a team on one PostgreSQL database.
--
-- Run it once, connected to the team's database as the role that owns it (the one the first
-- Faktura started with, which created the tables):
--     psql "postgresql://owner@server/faktura" -f docs/team-roles.sql
-- then give each person a login in one of the two roles:
--     CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE faktura_team;
--     CREATE ROLE rita LOGIN PASSWORD '…' IN ROLE faktura_accountant;
-- Faktura shows who changed what by these login names. A newer Faktura's migrations run
-- only as the owner: start it once as the owner after an upgrade, then run this again.
--
-- faktura_team: everything (invoices, clients, products, the company, the outbox).
-- faktura_accountant: reads everything (lists, PDFs, exports) and may mark invoices paid
-- (or unpaid) — nothing else. Its window shows the rest as it is; a change it may not
-- make is refused by the server and said in plain words, never half written. It does not
-- send e-mail: leave sending to a member of faktura_team.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'faktura_team') THEN
        CREATE ROLE faktura_team NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'faktura_accountant') THEN
        CREATE ROLE faktura_accountant NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO faktura_team, faktura_accountant;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO faktura_team;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO faktura_team;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO faktura_accountant;
GRANT UPDATE (status, paid_at, updated_at) ON invoice TO faktura_accountant;
GRANT INSERT ON invoice_event TO faktura_accountant;
GRANT USAGE ON SEQUENCE invoice_event_id_seq TO faktura_accountant;

-- The accountant's UPDATE on invoices may only mark paid or unpaid: a row-level policy
-- checks the status before and after (a cancel is refused, "new row violates row-level
-- security policy"). The owner is not bound by these policies; the team may do anything.
ALTER TABLE invoice ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS faktura_team_all ON invoice;
CREATE POLICY faktura_team_all ON invoice TO faktura_team USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS faktura_accountant_reads ON invoice;
CREATE POLICY faktura_accountant_reads ON invoice FOR SELECT TO faktura_accountant USING (true);
DROP POLICY IF EXISTS faktura_accountant_pays ON invoice;
CREATE POLICY faktura_accountant_pays ON invoice FOR UPDATE TO faktura_accountant
    USING (status IN ('issued', 'sent', 'paid'))
    WITH CHECK (status IN ('issued', 'sent', 'paid'));
