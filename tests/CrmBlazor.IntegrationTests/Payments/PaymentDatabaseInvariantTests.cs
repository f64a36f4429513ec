using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Npgsql;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Payments;

/// <summary>PostgreSQL guards the money itself, whatever writes it: raw SQL through Npgsql, no application code.</summary>
public sealed class PaymentDatabaseInvariantTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const long PaymentId = 9_000_000_001;

    [Fact]
    public async Task The_database_refuses_at_commit_a_payment_whose_lines_do_not_add_up()
    {
        var (contactId, campaignId) = await ContactAndCampaignAsync();
        await using var connection = await App.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, transaction, InsertPayment(contactId, campaignId, 80m));
        await ExecuteAsync(connection, transaction, InsertDonation(PaymentId + 1, contactId, campaignId, 50m));

        var refused = await Assert.ThrowsAsync<PostgresException>(() => transaction.CommitAsync());

        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_payment_balanced"), (refused.SqlState, refused.ConstraintName));
        Assert.Equal(0, await App.QueryAsync(db => Task.FromResult(db.Payments.Count())));
    }

    [Fact]
    public async Task The_database_accepts_a_balanced_payment_and_then_refuses_any_rewrite_of_its_amount()
    {
        var (contactId, campaignId) = await ContactAndCampaignAsync();
        await using var connection = await App.OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, transaction, InsertPayment(contactId, campaignId, 80m));
            await ExecuteAsync(connection, transaction, InsertDonation(PaymentId + 1, contactId, campaignId, 80m));
            await transaction.CommitAsync();
        }

        var rewrite = await Assert.ThrowsAsync<PostgresException>(() =>
            ExecuteAsync(connection, null, $"UPDATE payments SET amount = 60 WHERE id = {PaymentId}"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() =>
            ExecuteAsync(connection, null, $"DELETE FROM donations WHERE payment_id = {PaymentId}"));

        Assert.Equal(PostgresErrorCodes.RestrictViolation, rewrite.SqlState);
        Assert.Contains("never rewritten", rewrite.MessageText, StringComparison.Ordinal);
        Assert.Equal(PostgresErrorCodes.RestrictViolation, delete.SqlState);
        Assert.Equal(80m, await App.QueryAsync(db => Task.FromResult(db.Payments.Single(p => p.Id == PaymentId).Amount)));
    }

    private async Task<(long ContactId, long CampaignId)> ContactAndCampaignAsync()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        return (jean.Id, await App.GenericCampaignAsync());
    }

    private static string InsertPayment(long contactId, long campaignId, decimal amount) =>
        FormattableString.Invariant($"""
            INSERT INTO payments (id, contact_id, method, amount, received_on, campaign_id, status, entered_at)
            VALUES ({PaymentId}, {contactId}, '{PaymentMethod.Transfer}', {amount}, '{Today:yyyy-MM-dd}', {campaignId}, '{PaymentStatus.Recorded}', now())
            """);

    private static string InsertDonation(long id, long contactId, long campaignId, decimal amount) =>
        FormattableString.Invariant($"""
            INSERT INTO donations (id, contact_id, payment_id, campaign_id, amount, donated_on, method, origin, status)
            VALUES ({id}, {contactId}, {PaymentId}, {campaignId}, {amount}, '{Today:yyyy-MM-dd}', 'Transfer', 'Entry', 'Collected')
            """);

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }
}
