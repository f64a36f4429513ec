namespace CrmBlazor.Infrastructure.Data.Migrations;

/// <summary>
/// The money invariants PostgreSQL enforces itself, whatever writes the rows: a payment equals the sum of
/// its lines, an order the sum of its items, issued receipts and entered money are never rewritten, and
/// the donor summary follows every change of a donation.
/// </summary>
internal static class MoneyInSql
{
    public const string Up = """
        -- A payment's lines (donations, order, subscriptions) add up to it, checked at commit.
        CREATE FUNCTION check_payment_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
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
        CREATE CONSTRAINT TRIGGER payments_balanced AFTER INSERT OR UPDATE ON payments
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_payment_balanced();
        CREATE CONSTRAINT TRIGGER donations_balanced AFTER INSERT OR UPDATE OR DELETE ON donations
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_payment_balanced();
        CREATE CONSTRAINT TRIGGER orders_balanced AFTER INSERT OR UPDATE OR DELETE ON orders
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_payment_balanced();
        CREATE CONSTRAINT TRIGGER subscriptions_balanced AFTER INSERT OR UPDATE OR DELETE ON subscriptions
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_payment_balanced();

        -- An order's amount is the sum of its lines, checked at commit.
        CREATE FUNCTION check_order_total() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            oid bigint;
            expected numeric;
            actual numeric;
        BEGIN
            IF TG_TABLE_NAME = 'orders' THEN
                oid := NEW.id;
            ELSIF TG_OP = 'DELETE' THEN
                oid := OLD.order_id;
            ELSE
                oid := NEW.order_id;
            END IF;
            SELECT amount INTO expected FROM orders WHERE id = oid;
            IF expected IS NULL THEN RETURN NULL; END IF;
            SELECT COALESCE(sum(quantity * unit_price), 0) INTO actual FROM order_lines WHERE order_id = oid;
            IF actual <> expected THEN
                RAISE EXCEPTION 'order % is % but its lines add up to %', oid, expected, actual
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_order_total';
            END IF;
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER orders_total AFTER INSERT OR UPDATE ON orders
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_order_total();
        CREATE CONSTRAINT TRIGGER order_lines_total AFTER INSERT OR UPDATE OR DELETE ON order_lines
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_order_total();

        -- Money once entered is never rewritten nor deleted: only its status (with a reason) changes.
        CREATE FUNCTION refuse_money_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- Nested IFs: a row's fields are only read once its table is known (plpgsql does not short-circuit AND).
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION '% rows are never deleted: cancel them with a reason', TG_TABLE_NAME
                    USING ERRCODE = 'restrict_violation';
            END IF;
            IF TG_TABLE_NAME = 'payments' THEN
                IF (NEW.contact_id, NEW.method, NEW.amount, NEW.received_on, NEW.campaign_id, NEW.cheque_bank, NEW.cheque_number, NEW.batch_id)
                    IS DISTINCT FROM (OLD.contact_id, OLD.method, OLD.amount, OLD.received_on, OLD.campaign_id, OLD.cheque_bank, OLD.cheque_number, OLD.batch_id) THEN
                    RAISE EXCEPTION 'an entered payment is never rewritten: cancel it and enter it again'
                        USING ERRCODE = 'restrict_violation';
                END IF;
            ELSIF TG_TABLE_NAME = 'donations' THEN
                IF (NEW.contact_id, NEW.payment_id, NEW.amount, NEW.donated_on, NEW.method)
                    IS DISTINCT FROM (OLD.contact_id, OLD.payment_id, OLD.amount, OLD.donated_on, OLD.method) THEN
                    RAISE EXCEPTION 'a donation''s amount, date and donor are never rewritten: cancel it and enter it again'
                        USING ERRCODE = 'restrict_violation';
                END IF;
            ELSIF TG_TABLE_NAME = 'tax_receipts' THEN
                IF (NEW.year, NEW.sequence, NEW.kind, NEW.contact_id, NEW.amount, NEW.first_payment_on, NEW.last_payment_on,
                       NEW.payment_modes, NEW.issued_on, NEW.issuer_revision, NEW.donor_last_name, NEW.donor_first_names,
                       NEW.donor_address_lines, NEW.donor_street, NEW.donor_post_code, NEW.donor_city, NEW.donor_country)
                    IS DISTINCT FROM (OLD.year, OLD.sequence, OLD.kind, OLD.contact_id, OLD.amount, OLD.first_payment_on, OLD.last_payment_on,
                       OLD.payment_modes, OLD.issued_on, OLD.issuer_revision, OLD.donor_last_name, OLD.donor_first_names,
                       OLD.donor_address_lines, OLD.donor_street, OLD.donor_post_code, OLD.donor_city, OLD.donor_country) THEN
                    RAISE EXCEPTION 'an issued receipt is never edited: cancel it and issue a replacement'
                        USING ERRCODE = 'restrict_violation';
                END IF;
                IF OLD.status = 'Cancelled' AND NEW.status <> 'Cancelled' THEN
                    RAISE EXCEPTION 'a cancelled receipt stays cancelled' USING ERRCODE = 'restrict_violation';
                END IF;
            ELSIF TG_TABLE_NAME = 'tax_receipt_donations' THEN
                IF (NEW.receipt_id, NEW.donation_id, NEW.amount) IS DISTINCT FROM (OLD.receipt_id, OLD.donation_id, OLD.amount)
                    OR (NEW.is_active AND NOT OLD.is_active) THEN
                    RAISE EXCEPTION 'a receipt''s gifts are never rewritten' USING ERRCODE = 'restrict_violation';
                END IF;
            ELSIF TG_TABLE_NAME = 'organisation_profiles' THEN
                RAISE EXCEPTION 'organisation profile revisions are never rewritten: save a new one'
                    USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER payments_no_rewrite BEFORE UPDATE OR DELETE ON payments
            FOR EACH ROW EXECUTE FUNCTION refuse_money_rewrite();
        CREATE TRIGGER donations_no_rewrite BEFORE UPDATE OR DELETE ON donations
            FOR EACH ROW EXECUTE FUNCTION refuse_money_rewrite();
        CREATE TRIGGER tax_receipts_no_rewrite BEFORE UPDATE OR DELETE ON tax_receipts
            FOR EACH ROW EXECUTE FUNCTION refuse_money_rewrite();
        CREATE TRIGGER tax_receipt_donations_no_rewrite BEFORE UPDATE OR DELETE ON tax_receipt_donations
            FOR EACH ROW EXECUTE FUNCTION refuse_money_rewrite();
        CREATE TRIGGER organisation_profiles_no_rewrite BEFORE UPDATE OR DELETE ON organisation_profiles
            FOR EACH ROW EXECUTE FUNCTION refuse_money_rewrite();

        -- A receipt's number was taken from its year's counter: never beyond it.
        CREATE FUNCTION check_receipt_number_taken() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM receipt_counters c WHERE c.year = NEW.year AND c.last_sequence >= NEW.sequence) THEN
                RAISE EXCEPTION 'receipt number %-% was not taken from the counter', NEW.year, NEW.sequence
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER tax_receipts_number_taken BEFORE INSERT ON tax_receipts
            FOR EACH ROW EXECUTE FUNCTION check_receipt_number_taken();

        -- The donor summary: recomputed, set-based, for the contacts whose donations a statement touched.
        CREATE FUNCTION refresh_donor_summaries(contact_ids bigint[]) RETURNS void LANGUAGE sql AS $$
            DELETE FROM donor_summaries WHERE contact_id = ANY(contact_ids);
            DELETE FROM donor_year_totals WHERE contact_id = ANY(contact_ids);
            INSERT INTO donor_summaries (contact_id, first_gift_on, first_gift_amount, last_gift_on, last_gift_amount,
                                         gift_count, lifetime_total, largest_gift)
            SELECT d.contact_id,
                   min(d.donated_on),
                   (array_agg(d.amount ORDER BY d.donated_on, d.id))[1],
                   max(d.donated_on),
                   (array_agg(d.amount ORDER BY d.donated_on DESC, d.id DESC))[1],
                   count(*), sum(d.amount), max(d.amount)
              FROM donations d
             WHERE d.contact_id = ANY(contact_ids) AND d.status = 'Collected'
             GROUP BY d.contact_id;
            INSERT INTO donor_year_totals (contact_id, year, total, gift_count)
            SELECT d.contact_id, extract(year FROM d.donated_on)::int, sum(d.amount), count(*)
              FROM donations d
             WHERE d.contact_id = ANY(contact_ids) AND d.status = 'Collected'
             GROUP BY d.contact_id, extract(year FROM d.donated_on);
        $$;
        CREATE FUNCTION donations_refresh_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                PERFORM refresh_donor_summaries(ARRAY(SELECT DISTINCT contact_id FROM new_rows));
            ELSE
                PERFORM refresh_donor_summaries(ARRAY(SELECT DISTINCT n.contact_id FROM new_rows n
                    JOIN old_rows o ON o.id = n.id WHERE o.status IS DISTINCT FROM n.status));
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER donations_summaries_on_insert AFTER INSERT ON donations
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION donations_refresh_summaries();
        CREATE TRIGGER donations_summaries_on_update AFTER UPDATE ON donations
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION donations_refresh_summaries();
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS donations_summaries_on_update ON donations;
        DROP TRIGGER IF EXISTS donations_summaries_on_insert ON donations;
        DROP FUNCTION IF EXISTS donations_refresh_summaries();
        DROP FUNCTION IF EXISTS refresh_donor_summaries(bigint[]);
        DROP TRIGGER IF EXISTS tax_receipts_number_taken ON tax_receipts;
        DROP FUNCTION IF EXISTS check_receipt_number_taken();
        DROP TRIGGER IF EXISTS organisation_profiles_no_rewrite ON organisation_profiles;
        DROP TRIGGER IF EXISTS tax_receipt_donations_no_rewrite ON tax_receipt_donations;
        DROP TRIGGER IF EXISTS tax_receipts_no_rewrite ON tax_receipts;
        DROP TRIGGER IF EXISTS donations_no_rewrite ON donations;
        DROP TRIGGER IF EXISTS payments_no_rewrite ON payments;
        DROP FUNCTION IF EXISTS refuse_money_rewrite();
        DROP TRIGGER IF EXISTS order_lines_total ON order_lines;
        DROP TRIGGER IF EXISTS orders_total ON orders;
        DROP FUNCTION IF EXISTS check_order_total();
        DROP TRIGGER IF EXISTS subscriptions_balanced ON subscriptions;
        DROP TRIGGER IF EXISTS orders_balanced ON orders;
        DROP TRIGGER IF EXISTS donations_balanced ON donations;
        DROP TRIGGER IF EXISTS payments_balanced ON payments;
        DROP FUNCTION IF EXISTS check_payment_balanced();
        """;
}
