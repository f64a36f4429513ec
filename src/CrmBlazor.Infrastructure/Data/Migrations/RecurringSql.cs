namespace CrmBlazor.Infrastructure.Data.Migrations;

/// <summary>
/// Recurring-giving invariants PostgreSQL enforces whatever writes the rows: a recurring donation always has its
/// instalment (same amount, same donor), an instalment's gift, due date and amount are never rewritten, applied
/// provider lines are never changed, and only collected donations reach the donor summary.
/// </summary>
internal static class RecurringSql
{
    public const string Up = """
        -- A donation of origin Recurring is the money side of exactly one instalment, checked at commit
        -- (the donation is written before its instalment, whose foreign key needs it).
        CREATE FUNCTION check_recurring_donation() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.origin = 'Recurring' AND NOT EXISTS (SELECT 1 FROM instalments i WHERE i.donation_id = NEW.id) THEN
                RAISE EXCEPTION 'recurring donation % has no instalment', NEW.id
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_recurring_donation_instalment';
            END IF;
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER donations_recurring_instalment AFTER INSERT ON donations
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_recurring_donation();

        -- An instalment belongs to a recurring donation of the same donor and amount: checked per statement, set-based.
        CREATE FUNCTION check_instalment_donation() RETURNS trigger LANGUAGE plpgsql AS $$
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
        CREATE TRIGGER instalments_match_donation AFTER INSERT ON instalments
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION check_instalment_donation();

        -- An instalment's gift, due date, amount and donor never change; instalments and applied lines are never deleted.
        CREATE FUNCTION refuse_instalment_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
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
        CREATE TRIGGER instalments_no_rewrite BEFORE UPDATE OR DELETE ON instalments
            FOR EACH ROW EXECUTE FUNCTION refuse_instalment_rewrite();
        CREATE TRIGGER provider_transactions_no_rewrite BEFORE UPDATE OR DELETE ON provider_transactions
            FOR EACH ROW EXECUTE FUNCTION refuse_instalment_rewrite();

        -- A recurring gift's amount, method, rhythm and donor never change: a change ends it and starts another.
        CREATE FUNCTION refuse_recurring_gift_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'recurring gifts are never deleted: cancel them with a reason' USING ERRCODE = 'restrict_violation';
            END IF;
            IF (NEW.contact_id, NEW.channel, NEW.amount, NEW.periodicity, NEW.anchor_day, NEW.mandate_id, NEW.starts_on)
                IS DISTINCT FROM (OLD.contact_id, OLD.channel, OLD.amount, OLD.periodicity, OLD.anchor_day, OLD.mandate_id, OLD.starts_on) THEN
                RAISE EXCEPTION 'a recurring gift''s amount and method are never rewritten: end it and start a new one'
                    USING ERRCODE = 'restrict_violation';
            END IF;
            IF OLD.status IN ('Cancelled', 'Ended') AND NEW.status <> OLD.status THEN
                RAISE EXCEPTION 'a stopped recurring gift stays stopped' USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER recurring_gifts_no_rewrite BEFORE UPDATE OR DELETE ON recurring_gifts
            FOR EACH ROW EXECUTE FUNCTION refuse_recurring_gift_rewrite();

        -- Pending instalments do not count: the summary is refreshed on insert only for collected rows.
        CREATE OR REPLACE FUNCTION donations_refresh_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                PERFORM refresh_donor_summaries(ARRAY(SELECT DISTINCT contact_id FROM new_rows WHERE status = 'Collected'));
            ELSE
                PERFORM refresh_donor_summaries(ARRAY(SELECT DISTINCT n.contact_id FROM new_rows n
                    JOIN old_rows o ON o.id = n.id WHERE o.status IS DISTINCT FROM n.status
                      AND (o.status = 'Collected' OR n.status = 'Collected')));
            END IF;
            RETURN NULL;
        END $$;
        """;

    public const string Down = """
        CREATE OR REPLACE FUNCTION donations_refresh_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                PERFORM refresh_donor_summaries(ARRAY(SELECT DISTINCT contact_id FROM new_rows));
            ELSE
                PERFORM refresh_donor_summaries(ARRAY(SELECT DISTINCT n.contact_id FROM new_rows n
                    JOIN old_rows o ON o.id = n.id WHERE o.status IS DISTINCT FROM n.status));
            END IF;
            RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS recurring_gifts_no_rewrite ON recurring_gifts;
        DROP FUNCTION IF EXISTS refuse_recurring_gift_rewrite();
        DROP TRIGGER IF EXISTS provider_transactions_no_rewrite ON provider_transactions;
        DROP TRIGGER IF EXISTS instalments_no_rewrite ON instalments;
        DROP FUNCTION IF EXISTS refuse_instalment_rewrite();
        DROP TRIGGER IF EXISTS instalments_match_donation ON instalments;
        DROP FUNCTION IF EXISTS check_instalment_donation();
        DROP TRIGGER IF EXISTS donations_recurring_instalment ON donations;
        DROP FUNCTION IF EXISTS check_recurring_donation();
        """;
}
