namespace CrmBlazor.Infrastructure.Data.Migrations;

/// <summary>
/// A match links a settlement and a bank credit both ways (provider_settlements.bank_line_id, a foreign key, and
/// bank_statement_lines.settlement_id, its copy): PostgreSQL checks at commit that the two point at each other.
/// </summary>
internal static class ReconciliationSql
{
    public const string Up = """
        CREATE FUNCTION check_settlement_match() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_TABLE_NAME = 'provider_settlements' THEN
                IF NEW.bank_line_id IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM bank_statement_lines l WHERE l.id = NEW.bank_line_id AND l.settlement_id = NEW.id) THEN
                    RAISE EXCEPTION 'settlement % is matched to bank line % which does not point back', NEW.id, NEW.bank_line_id
                        USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_settlement_bank_line_match';
                END IF;
            ELSIF NEW.settlement_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM provider_settlements s WHERE s.id = NEW.settlement_id AND s.bank_line_id = NEW.id) THEN
                RAISE EXCEPTION 'bank line % is matched to settlement % which does not point back', NEW.id, NEW.settlement_id
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_settlement_bank_line_match';
            END IF;
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER provider_settlements_bank_line_match AFTER INSERT OR UPDATE OF bank_line_id ON provider_settlements
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_settlement_match();
        CREATE CONSTRAINT TRIGGER bank_statement_lines_settlement_match AFTER INSERT OR UPDATE OF settlement_id ON bank_statement_lines
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_settlement_match();
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS bank_statement_lines_settlement_match ON bank_statement_lines;
        DROP TRIGGER IF EXISTS provider_settlements_bank_line_match ON provider_settlements;
        DROP FUNCTION IF EXISTS check_settlement_match();
        """;
}
