namespace CrmBlazor.Infrastructure.Data.Migrations;

/// <summary>
/// Relations, legacies, sponsorships and petitions: what EF cannot say. A relationship is unique per type and pair of
/// contacts whichever end is stored as A (« A conjoint de B » and « B conjoint de A » are the same link), and the
/// relationship types every base starts with.
/// </summary>
internal static class PeopleSql
{
    public const string Up = """
        CREATE UNIQUE INDEX ux_relationships_type_pair ON relationships
            (type_id, least(contact_a_id, contact_b_id), greatest(contact_a_id, contact_b_id));

        INSERT INTO relationship_types (id, code, label_from_a, label_from_b, is_active) VALUES
            (nextval('relationship_types_hilo'), 'CONJOINT', 'conjoint de', 'conjoint de', true),
            (nextval('relationship_types_hilo'), 'FOYER', 'membre du foyer de', 'membre du foyer de', true),
            (nextval('relationship_types_hilo'), 'PARENT', 'parent de', 'enfant de', true),
            (nextval('relationship_types_hilo'), 'FRATRIE', 'frère ou sœur de', 'frère ou sœur de', true),
            (nextval('relationship_types_hilo'), 'SALARIE', 'salarié de', 'employeur de', true),
            (nextval('relationship_types_hilo'), 'BENEVOLE', 'bénévole de', 'a pour bénévole', true),
            (nextval('relationship_types_hilo'), 'REPRESENTANT', 'représentant de', 'représenté par', true),
            (nextval('relationship_types_hilo'), 'MEMBRE', 'membre de', 'a pour membre', true),
            (nextval('relationship_types_hilo'), 'EXECUTEUR', 'exécuteur testamentaire de', 'a pour exécuteur testamentaire', true),
            (nextval('relationship_types_hilo'), 'NOTAIRE', 'notaire de', 'a pour notaire', true);
        """;

    public const string Down = """
        DROP INDEX IF EXISTS ux_relationships_type_pair;
        """;
}
