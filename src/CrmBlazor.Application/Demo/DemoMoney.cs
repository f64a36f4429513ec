using CrmBlazor.Domain.Receipts;
using Npgsql;

namespace CrmBlazor.Application.Demo;

/// <summary>
/// Gives a demo base something to look at on the money side: the association's identity for receipts, a small
/// catalogue, and a few years of collected gifts by transfer, card or PayPal for the first contacts.
/// Runs once, into a base without payments.
/// </summary>
internal static class DemoMoney
{
    public const int DonorPool = 2000;

    public static async Task SeedAsync(NpgsqlConnection connection, DateOnly today, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (await DemoBaseSchema.ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM payments)", ct))
        {
            return;
        }

        await SeedIdentityAsync(connection, ct);
        await SeedCatalogueAsync(connection, ct);
        await SeedMembershipTypesAsync(connection, ct);
        await SeedGiftsAsync(connection, today, ct);
        await tx.CommitAsync(ct);
    }

    private static Task SeedIdentityAsync(NpgsqlConnection connection, CancellationToken ct) =>
        DemoBaseSchema.ExecuteAsync(connection, """
            INSERT INTO organisation_profiles (revision, name, siren_or_rna, street, post_code, city, country, object, category,
                category_detail, article200, article978, signatory_name, signatory_title, bank_name, account_holder, iban, bic,
                receipts_skip_suspended, saved_at, saved_by)
            SELECT 1, 'Les Amis de la Forêt (démonstration)', 'W751234567', '12 rue des Chênes', '75011', 'Paris', 'France',
                   'Protection et replantation des forêts françaises, éducation à l''environnement', @p0, NULL, true, false,
                   'Claire Martin', 'Présidente', 'Crédit Coopératif', 'Les Amis de la Forêt', 'FR7630006000011234567890189', 'AGRIFRPP',
                   true, now(), 'Système · données de démonstration'
             WHERE NOT EXISTS (SELECT 1 FROM organisation_profiles)
            """, ct, nameof(OrganisationCategory.GeneralInterestAssociation));

    private static async Task SeedCatalogueAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var first = await DemoBaseSchema.ReserveAsync(connection, "products", "id", "products_hilo", 3, ct);
        await DemoBaseSchema.ExecuteAsync(connection, """
            INSERT INTO products (id, code, name, unit_price, is_active)
            SELECT @p0 + n, code, name, price, true
              FROM (VALUES (0, 'CAL2027', 'Calendrier 2027', 12.00), (1, 'LIVRE50', 'Livre « 50 ans de forêts »', 25.00),
                           (2, 'CARTES', 'Cartes de vœux (lot de 10)', 8.00)) AS p(n, code, name, price)
             WHERE NOT EXISTS (SELECT 1 FROM products)
            """, ct, first);
    }

    /// <summary>Two membership types to start from: the usual calendar-year one (from 1 September: next year too) and a lifetime one.</summary>
    private static async Task SeedMembershipTypesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var first = await DemoBaseSchema.ReserveAsync(connection, "membership_types", "id", "membership_types_hilo", 2, ct);
        await DemoBaseSchema.ExecuteAsync(connection, """
            INSERT INTO membership_types (id, name, fee, kind, rollover_month, rollover_day, grace_months, is_active)
            SELECT @p0 + n, name, fee, kind, month, day, 3, true
              FROM (VALUES (0, 'Individuelle', 30.00, 'CalendarYear', 9, 1), (1, 'Bienfaiteur à vie', 300.00, 'Lifetime', NULL, NULL))
                   AS t(n, name, fee, kind, month, day)
             WHERE NOT EXISTS (SELECT 1 FROM membership_types)
            """, ct, first);
    }

    /// <summary>Payments and their single donation line, set-based; the donor summaries follow through their triggers.</summary>
    private static async Task SeedGiftsAsync(NpgsqlConnection connection, DateOnly today, CancellationToken ct)
    {
        await DemoBaseSchema.ExecuteAsync(connection, "SELECT setseed(0.42)", ct);
        await DemoBaseSchema.ExecuteAsync(connection, """
            CREATE TEMP TABLE demo_gifts ON COMMIT DROP AS
            SELECT row_number() OVER (ORDER BY c.id, g.n) - 1 AS rn, c.id AS contact_id,
                   (ARRAY[10, 15, 20, 30, 50, 100])[1 + floor(random() * 6)::int]::numeric(12,2) AS amount,
                   @p0::date - floor(random() * 730)::int AS on_day,
                   (ARRAY['Transfer', 'Card', 'PayPal'])[1 + floor(random() * 3)::int] AS method
              FROM (SELECT id, random() AS r FROM contacts WHERE kind = 'Person' ORDER BY id LIMIT @p1) c
             CROSS JOIN LATERAL generate_series(1, CASE WHEN c.r < 0.4 THEN 0 ELSE 1 + floor(c.r * 10)::int % 6 END) AS g(n)
            """, ct, today.ToDateTime(TimeOnly.MinValue), DonorPool);
        var count = await DemoBaseSchema.ScalarAsync<long>(connection, "SELECT count(*) FROM demo_gifts", ct);
        if (count == 0)
        {
            return;
        }

        var paymentId = await DemoBaseSchema.ReserveAsync(connection, "payments", "id", "payments_hilo", count, ct);
        var donationId = await DemoBaseSchema.ReserveAsync(connection, "donations", "id", "donations_hilo", count, ct);
        await DemoBaseSchema.ExecuteAsync(connection, """
            INSERT INTO payments (id, contact_id, method, amount, received_on, campaign_id, status, entered_at)
            SELECT @p0 + g.rn, g.contact_id, g.method, g.amount, g.on_day, c.id, 'Recorded', now()
              FROM demo_gifts g CROSS JOIN (SELECT id FROM campaigns WHERE is_generic) c
            """, ct, paymentId);
        await DemoBaseSchema.ExecuteAsync(connection, """
            INSERT INTO donations (id, contact_id, payment_id, campaign_id, amount, donated_on, method, origin, status)
            SELECT @p0 + g.rn, g.contact_id, @p1 + g.rn, c.id, g.amount, g.on_day, g.method, 'Entry', 'Collected'
              FROM demo_gifts g CROSS JOIN (SELECT id FROM campaigns WHERE is_generic) c
            """, ct, donationId, paymentId);
    }
}
