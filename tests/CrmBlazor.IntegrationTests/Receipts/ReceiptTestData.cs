using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Receipts;

/// <summary>The association's identity, donors with preferences and gifts in every status, and runs executed in-process.</summary>
public static class ReceiptTestData
{
    public static readonly Actor Supervisor = Actor.Staff(Guid.NewGuid().ToString(), "Sophie Gestion");

    /// <summary>The association's identity as receipts print it (a new revision each call).</summary>
    public static Task<int> IssuerAsync(this CrmAppFixture app, bool skipSuspended = true, string name = "Les Amis des Oiseaux")
    {
        // PDFsharp works once a license is chosen, which is the app's start-up decision; the tests run it under the AGPL.
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        return app.WithDbAsync(async db =>
        {
            var current = await db.OrganisationProfiles.MaxAsync(p => (int?)p.Revision);
            var profile = OrganisationProfile.NextRevision(
                current,
                new OrganisationIdentity(
                    name, "W751234567", "12 rue des Lilas", "75020", "Paris", "France", "Protection des oiseaux sauvages et de leurs milieux",
                    OrganisationCategory.GeneralInterestAssociation, null, true, false, "Claire Moreau", "Présidente", null, null,
                    "Crédit Mutuel", "Les Amis des Oiseaux", "FR7610278060610001020480101", null, skipSuspended),
                DateTimeOffset.UtcNow,
                "tests");
            db.OrganisationProfiles.Add(profile);
            await db.SaveChangesAsync();
            return profile.Revision;
        });
    }

    /// <summary>A person with a main address in <paramref name="postalCode"/> (none when null) and the receipt preference.</summary>
    public static async Task<long> DonorAsync(
        this CrmAppFixture app, string lastName, string? postalCode, ReceiptPreference preference, string? email = null, string firstName = "Marie")
    {
        var contact = await app.CreatePersonAsync(lastName, firstName, Civility.Madame, postalCode, postalCode is null ? null : "Ville", "3 rue Haute", email);
        await app.WithDbAsync(async db =>
        {
            var row = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
            row.SetMarkers(false, preference);
            return await db.SaveChangesAsync();
        });
        return contact.Id;
    }

    /// <summary>
    /// A gift written straight into the table (the payment entry is another feature's): collected unless told,
    /// with the reason the other statuses need.
    /// </summary>
    public static async Task<long> GiftAsync(
        this CrmAppFixture app, long contactId, decimal amount, DateOnly on, DonationStatus status = DonationStatus.Collected,
        DonationOrigin origin = DonationOrigin.Entry, PaymentMethod method = PaymentMethod.Transfer)
    {
        var campaign = await app.GenericCampaignAsync();
        await using var connection = await app.OpenConnectionAsync();
        await using var insert = new NpgsqlCommand(origin == DonationOrigin.Recurring ? RecurringGiftSql : GiftSql, connection);
        var explained = status is DonationStatus.Unpaid or DonationStatus.Cancelled or DonationStatus.Refunded;
        insert.Parameters.AddWithValue("contact", contactId);
        insert.Parameters.AddWithValue("campaign", campaign);
        insert.Parameters.AddWithValue("amount", amount);
        insert.Parameters.AddWithValue("on", on);
        insert.Parameters.AddWithValue("method", method.ToString());
        insert.Parameters.AddWithValue("origin", origin.ToString());
        insert.Parameters.AddWithValue("status", status.ToString());
        insert.Parameters.AddWithValue("reason", explained ? "motif de test" : DBNull.Value);
        insert.Parameters.AddWithValue("changed", explained ? on.AddDays(10) : DBNull.Value);
        return (long)(await insert.ExecuteScalarAsync())!;
    }

    private const string GiftSql = """
        INSERT INTO donations (id, contact_id, campaign_id, amount, donated_on, method, origin, status, status_reason, status_changed_on)
        VALUES (nextval('donations_hilo'), @contact, @campaign, @amount, @on, @method, @origin, @status, @reason, @changed)
        RETURNING id
        """;

    /// <summary>An instalment of a monthly gift (by the method's channel, with its mandate for a direct debit), in one statement.</summary>
    private const string RecurringGiftSql = """
        WITH mandate AS (
            INSERT INTO sepa_mandates (id, contact_id, rum, signed_on, iban, debtor_name, status)
            SELECT nextval('sepa_mandates_hilo'), @contact, 'RUM-TEST-' || @contact || '-' || @on, @on, 'FR7630006000011234567890189', 'Donateur', 'Active'
             WHERE @method = 'DirectDebit'
         RETURNING id),
        gift AS (
            INSERT INTO recurring_gifts (id, contact_id, channel, amount, periodicity, campaign_id, anchor_day, starts_on, next_due_on, mandate_id, status)
            VALUES (nextval('recurring_gifts_hilo'), @contact, @method, @amount, 'Monthly', @campaign, extract(day FROM @on)::int, @on,
                    (@on + interval '1 month')::date, (SELECT id FROM mandate), 'Active')
         RETURNING id),
        gift_donation AS (
            INSERT INTO donations (id, contact_id, campaign_id, amount, donated_on, method, origin, status, status_reason, status_changed_on)
            VALUES (nextval('donations_hilo'), @contact, @campaign, @amount, @on, @method, @origin, @status, @reason, @changed)
         RETURNING id)
        INSERT INTO instalments (donation_id, recurring_gift_id, contact_id, due_on, collect_on, amount, channel, status, collected_on, failure_reason, failed_on)
        SELECT d.id, g.id, @contact, @on, @on, @amount, @method,
               CASE @status WHEN 'Collected' THEN 'Collected' WHEN 'Pending' THEN 'Pending' WHEN 'Unpaid' THEN 'Unpaid' ELSE 'Cancelled' END,
               CASE WHEN @status = 'Collected' THEN @on END, CASE WHEN @status = 'Unpaid' THEN 'motif de test' END, CASE WHEN @status = 'Unpaid' THEN @on END
          FROM gift_donation d, gift g
        RETURNING donation_id
        """;

    public static Task SuspendAsync(this CrmAppFixture app, long contactId) =>
        app.WithDbAsync(async db =>
        {
            var code = await app.SuspensionCodeAsync(SuspensionCode.ReturnedMail);
            var row = await db.Contacts.SingleAsync(c => c.Id == contactId);
            row.Suspend(code, new DateOnly(2025, 3, 1));
            return await db.SaveChangesAsync();
        });

    public static Task<T> AsSupervisorAsync<T>(this CrmAppFixture app, Func<IServiceProvider, Task<T>> work) => app.ActAsync(Supervisor, work);

    /// <summary>Creates the run and executes it here, as the job would.</summary>
    public static async Task<ReceiptRunOutcome> RunReceiptsAsync(
        this CrmAppFixture app, ReceiptKind kind, int year, int chunkSize = ReceiptRunService.DefaultChunkSize)
    {
        var runId = await app.StartRunAsync(kind, year);
        return await app.AsSupervisorAsync(s => s.GetRequiredService<ReceiptRunService>().RunAsync(runId, CancellationToken.None, chunkSize));
    }

    public static async Task<long> StartRunAsync(this CrmAppFixture app, ReceiptKind kind, int year)
    {
        var started = await app.AsSupervisorAsync(s => s.GetRequiredService<ReceiptRunService>().StartAsync(kind, year));
        Assert.True(started.Succeeded, string.Join(" ", started.Errors));
        return started.Value;
    }

    /// <summary>A service whose progress notices go through <paramref name="notifier"/>, to act between two chunks.</summary>
    public static ReceiptRunService ServiceWith(IServiceProvider services, IChangeNotifier notifier) =>
        new(
            services.GetRequiredService<IDbContextFactory<AppDbContext>>(),
            services.GetRequiredService<NpgsqlDataSource>(),
            services.GetRequiredService<IDocumentStore>(),
            notifier,
            services.GetRequiredService<ActorContext>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<ReceiptRunService>>());

    public static Task<List<TaxReceipt>> ReceiptsAsync(this CrmAppFixture app) =>
        app.QueryAsync(db => db.TaxReceipts.AsNoTracking().Include(r => r.Donations).OrderBy(r => r.Year).ThenBy(r => r.Sequence).ToListAsync());
}
