using System.Text;
using CrmBlazor.Application.Recurring.Online;
using CrmBlazor.Domain.Journal;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>Online-gifts files and what the import left in the database.</summary>
public static class OnlineGiftTestData
{
    public const string Header =
        "transaction_id;collected_on;channel;amount;periodicity;campaign_code;provider_reference;card_expiry;iban;bic;rum;mandate_signed_on;"
        + "civility;first_name;last_name;email;phone;street;post_code;city;country";

    /// <summary>A valid French IBAN (the one of the usual examples), written with spaces as donors type it.</summary>
    public const string Iban = "FR76 3000 6000 0112 3456 7890 189";

    public static readonly Actor Importer = Actor.System("collecte web (tests)");

    public static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    public static Task<OnlineImportSummary> ImportOnlineAsync(this CrmAppFixture app, string content, string fileName = "dons.csv") =>
        app.ActAsync(Importer, s => s.GetRequiredService<OnlineGiftImporter>().ImportAsync(fileName, Encoding.UTF8.GetBytes(content)));

    /// <summary>How many rows each table the import writes holds: a second import of the same data must leave them all equal.</summary>
    public static Task<(int Contacts, int Emails, int Gifts, int Mandates, int Donations, int Instalments, int Transactions, int Imports, int Journal)> CountsAsync(
        this CrmAppFixture app) =>
        app.QueryAsync(async db => (
            await db.Contacts.CountAsync(), await db.ContactEmails.CountAsync(), await db.RecurringGifts.CountAsync(), await db.SepaMandates.CountAsync(),
            await db.Donations.CountAsync(), await db.Instalments.CountAsync(), await db.ProviderTransactions.CountAsync(),
            await db.ProviderImports.CountAsync(), await db.JournalEntries.CountAsync()));
}
