namespace CrmBlazor.Infrastructure.Data.Migrations;

/// <summary>
/// An instalment's donation, gift and scheduling run are checked by one join per inserting statement (the monthly run
/// copies 100,000 instalments: three foreign keys cost 300,000 key lookups, about a second). The references cannot go
/// stale: those parent rows are never deleted and their ids never change, which triggers refuse. The model keeps the
/// three relationships (EF orders its inserts by them), so the constraints are dropped here rather than by EF.
/// </summary>
internal static class InstalmentChecksSql
{
    public const string Up = """
        ALTER TABLE instalments
            DROP CONSTRAINT fk_instalments_donations_donation_id,
            DROP CONSTRAINT fk_instalments_recurring_gifts_recurring_gift_id,
            DROP CONSTRAINT fk_instalments_scheduling_runs_scheduling_run_id;

        CREATE OR REPLACE FUNCTION check_instalment_donation() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            wrong bigint;
        BEGIN
            SELECT n.donation_id INTO wrong
              FROM new_rows n
              LEFT JOIN donations d ON d.id = n.donation_id
              LEFT JOIN recurring_gifts g ON g.id = n.recurring_gift_id
             WHERE d.id IS NULL OR d.origin <> 'Recurring' OR d.amount <> n.amount OR d.contact_id <> n.contact_id
                OR g.id IS NULL OR g.contact_id <> n.contact_id
                OR (n.scheduling_run_id IS NOT NULL AND NOT EXISTS (SELECT FROM scheduling_runs r WHERE r.id = n.scheduling_run_id))
             LIMIT 1;
            IF wrong IS NOT NULL THEN
                RAISE EXCEPTION 'instalment % does not match a recurring donation and gift of the same donor and amount, in a known run', wrong
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_instalment_donation';
            END IF;
            RETURN NULL;
        END $$;

        CREATE OR REPLACE FUNCTION refuse_instalment_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
            END IF;
            IF TG_TABLE_NAME = 'instalments' THEN
                IF (NEW.donation_id, NEW.recurring_gift_id, NEW.scheduling_run_id, NEW.due_on, NEW.amount, NEW.contact_id, NEW.channel)
                    IS DISTINCT FROM (OLD.donation_id, OLD.recurring_gift_id, OLD.scheduling_run_id, OLD.due_on, OLD.amount, OLD.contact_id, OLD.channel) THEN
                    RAISE EXCEPTION 'an instalment''s donation, gift, run, due date and amount are never rewritten' USING ERRCODE = 'restrict_violation';
                END IF;
            ELSE
                RAISE EXCEPTION '% rows are never rewritten', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$;

        CREATE FUNCTION refuse_referenced_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% rows are referenced by instalments: never deleted, their ids never changed', TG_TABLE_NAME
                USING ERRCODE = 'restrict_violation';
        END $$;
        CREATE TRIGGER donations_id_fixed BEFORE UPDATE OF id ON donations
            FOR EACH ROW EXECUTE FUNCTION refuse_referenced_row_change();
        CREATE TRIGGER recurring_gifts_id_fixed BEFORE UPDATE OF id ON recurring_gifts
            FOR EACH ROW EXECUTE FUNCTION refuse_referenced_row_change();
        CREATE TRIGGER scheduling_runs_kept BEFORE DELETE OR UPDATE OF id ON scheduling_runs
            FOR EACH ROW EXECUTE FUNCTION refuse_referenced_row_change();
        """;

    public const string Down = """
        DROP TRIGGER scheduling_runs_kept ON scheduling_runs;
        DROP TRIGGER recurring_gifts_id_fixed ON recurring_gifts;
        DROP TRIGGER donations_id_fixed ON donations;
        DROP FUNCTION refuse_referenced_row_change();

        CREATE OR REPLACE FUNCTION refuse_instalment_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
            END IF;
            IF TG_TABLE_NAME = 'instalments' THEN
                IF (NEW.recurring_gift_id, NEW.due_on, NEW.amount, NEW.contact_id, NEW.channel)
                    IS DISTINCT FROM (OLD.recurring_gift_id, OLD.due_on, OLD.amount, OLD.contact_id, OLD.channel) THEN
                    RAISE EXCEPTION 'an instalment''s gift, due date and amount are never rewritten' USING ERRCODE = 'restrict_violation';
                END IF;
            ELSE
                RAISE EXCEPTION '% rows are never rewritten', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$;

        CREATE OR REPLACE FUNCTION check_instalment_donation() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            wrong bigint;
        BEGIN
            SELECT n.donation_id INTO wrong
              FROM new_rows n LEFT JOIN donations d ON d.id = n.donation_id
             WHERE d.id IS NULL OR d.origin <> 'Recurring' OR d.amount <> n.amount OR d.contact_id <> n.contact_id
             LIMIT 1;
            IF wrong IS NOT NULL THEN
                RAISE EXCEPTION 'instalment % does not match a recurring donation of the same donor and amount', wrong
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_instalment_donation';
            END IF;
            RETURN NULL;
        END $$;

        ALTER TABLE instalments
            ADD CONSTRAINT fk_instalments_donations_donation_id FOREIGN KEY (donation_id) REFERENCES donations (id) ON DELETE RESTRICT,
            ADD CONSTRAINT fk_instalments_recurring_gifts_recurring_gift_id FOREIGN KEY (recurring_gift_id) REFERENCES recurring_gifts (id) ON DELETE RESTRICT,
            ADD CONSTRAINT fk_instalments_scheduling_runs_scheduling_run_id FOREIGN KEY (scheduling_run_id) REFERENCES scheduling_runs (id) ON DELETE RESTRICT;
        """;
}
