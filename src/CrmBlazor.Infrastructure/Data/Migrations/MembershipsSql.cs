namespace CrmBlazor.Infrastructure.Data.Migrations;

/// <summary>
/// Memberships and events join the money invariants: their fee lines count in a payment's balance and are never
/// rewritten (only cancelled, with a reason); an event never seats more participants than its capacity.
/// </summary>
internal static class MembershipsSql
{
    public const string Up = """
        -- A payment's lines now include membership and event fees; still checked at commit.
        CREATE OR REPLACE FUNCTION check_payment_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            pid bigint;
            expected numeric;
            actual numeric;
        BEGIN
            IF TG_TABLE_NAME = 'payments' THEN
                pid := NEW.id;
            ELSIF TG_OP = 'DELETE' THEN
                pid := OLD.payment_id;
            ELSE
                pid := NEW.payment_id;
            END IF;
            IF pid IS NULL THEN RETURN NULL; END IF;
            SELECT amount INTO expected FROM payments WHERE id = pid;
            IF expected IS NULL THEN RETURN NULL; END IF;
            SELECT COALESCE((SELECT sum(amount) FROM donations WHERE payment_id = pid), 0)
                 + COALESCE((SELECT sum(amount) FROM orders WHERE payment_id = pid), 0)
                 + COALESCE((SELECT sum(amount) FROM subscriptions WHERE payment_id = pid), 0)
                 + COALESCE((SELECT sum(amount) FROM membership_fees WHERE payment_id = pid), 0)
                 + COALESCE((SELECT sum(amount) FROM event_fees WHERE payment_id = pid), 0)
              INTO actual;
            IF actual <> expected THEN
                RAISE EXCEPTION 'payment % is % but its lines add up to %', pid, expected, actual
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_payment_balanced';
            END IF;
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER membership_fees_balanced AFTER INSERT OR UPDATE OR DELETE ON membership_fees
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_payment_balanced();
        CREATE CONSTRAINT TRIGGER event_fees_balanced AFTER INSERT OR UPDATE OR DELETE ON event_fees
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_payment_balanced();

        -- Fee lines are money: never deleted, their amount, payment and term never rewritten, a cancellation final.
        CREATE FUNCTION refuse_fee_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION '% rows are never deleted: cancel them with a reason', TG_TABLE_NAME
                    USING ERRCODE = 'restrict_violation';
            END IF;
            IF TG_TABLE_NAME = 'membership_fees' THEN
                IF (NEW.membership_id, NEW.contact_id, NEW.payment_id, NEW.amount, NEW.term_starts_on, NEW.term_ends_on)
                    IS DISTINCT FROM (OLD.membership_id, OLD.contact_id, OLD.payment_id, OLD.amount, OLD.term_starts_on, OLD.term_ends_on)
                    OR (OLD.status = 'Cancelled' AND NEW.status <> 'Cancelled') THEN
                    RAISE EXCEPTION 'a membership fee is never rewritten: cancel it and enter it again'
                        USING ERRCODE = 'restrict_violation';
                END IF;
            ELSIF TG_TABLE_NAME = 'event_fees' THEN
                IF (NEW.participation_id, NEW.contact_id, NEW.payment_id, NEW.amount)
                    IS DISTINCT FROM (OLD.participation_id, OLD.contact_id, OLD.payment_id, OLD.amount)
                    OR (OLD.is_cancelled AND NOT NEW.is_cancelled) THEN
                    RAISE EXCEPTION 'an event fee is never rewritten: cancel it and enter it again'
                        USING ERRCODE = 'restrict_violation';
                END IF;
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER membership_fees_no_rewrite BEFORE UPDATE OR DELETE ON membership_fees
            FOR EACH ROW EXECUTE FUNCTION refuse_fee_rewrite();
        CREATE TRIGGER event_fees_no_rewrite BEFORE UPDATE OR DELETE ON event_fees
            FOR EACH ROW EXECUTE FUNCTION refuse_fee_rewrite();

        -- An event seats at most its capacity (registered, confirmed and attended participations), checked at commit.
        CREATE FUNCTION check_event_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            eid bigint;
            seats integer;
            taken integer;
        BEGIN
            eid := CASE WHEN TG_TABLE_NAME = 'events' THEN NEW.id ELSE NEW.event_id END;
            SELECT capacity INTO seats FROM events WHERE id = eid;
            IF seats IS NULL THEN RETURN NULL; END IF;
            SELECT count(*) INTO taken FROM event_participations
             WHERE event_id = eid AND status IN ('Registered', 'Confirmed', 'Attended');
            IF taken > seats THEN
                RAISE EXCEPTION 'event % has % seats but % participants hold one', eid, seats, taken
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_event_capacity';
            END IF;
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER event_participations_capacity AFTER INSERT OR UPDATE ON event_participations
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_event_capacity();
        CREATE CONSTRAINT TRIGGER events_capacity AFTER UPDATE ON events
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_event_capacity();
        """;

    /// <summary>Runs before the tables are dropped: the balance check goes back to the Money in lines.</summary>
    public const string Down = """
        DROP TRIGGER IF EXISTS events_capacity ON events;
        DROP TRIGGER IF EXISTS event_participations_capacity ON event_participations;
        DROP FUNCTION IF EXISTS check_event_capacity();
        DROP TRIGGER IF EXISTS event_fees_no_rewrite ON event_fees;
        DROP TRIGGER IF EXISTS membership_fees_no_rewrite ON membership_fees;
        DROP FUNCTION IF EXISTS refuse_fee_rewrite();
        DROP TRIGGER IF EXISTS event_fees_balanced ON event_fees;
        DROP TRIGGER IF EXISTS membership_fees_balanced ON membership_fees;
        CREATE OR REPLACE FUNCTION check_payment_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            pid bigint;
            expected numeric;
            actual numeric;
        BEGIN
            IF TG_TABLE_NAME = 'payments' THEN
                pid := NEW.id;
            ELSIF TG_OP = 'DELETE' THEN
                pid := OLD.payment_id;
            ELSE
                pid := NEW.payment_id;
            END IF;
            IF pid IS NULL THEN RETURN NULL; END IF;
            SELECT amount INTO expected FROM payments WHERE id = pid;
            IF expected IS NULL THEN RETURN NULL; END IF;
            SELECT COALESCE((SELECT sum(amount) FROM donations WHERE payment_id = pid), 0)
                 + COALESCE((SELECT sum(amount) FROM orders WHERE payment_id = pid), 0)
                 + COALESCE((SELECT sum(amount) FROM subscriptions WHERE payment_id = pid), 0)
              INTO actual;
            IF actual <> expected THEN
                RAISE EXCEPTION 'payment % is % but its lines add up to %', pid, expected, actual
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_payment_balanced';
            END IF;
            RETURN NULL;
        END $$;
        """;
}
