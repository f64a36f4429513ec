using System.Security.Cryptography;
using System.Text;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmBlazor.Application.Recurring.Online;

public enum OnlineImportStatus
{
    Imported,
    AlreadyImported,

    /// <summary>Nothing could be read (not CSV nor JSON, header missing): nothing was recorded.</summary>
    Unreadable,
}

/// <summary>What an online-gifts file did; also the JSON the endpoint answers.</summary>
public sealed record OnlineImportSummary(
    OnlineImportStatus Status, string FileName, long? ImportId, int Lines, int Applied, int Unchanged, int Rejected, int ContactsCreated,
    IReadOnlyList<ImportProblem> Problems, string Message);

/// <summary>
/// Records the gifts of one online-collection file in one transaction: for each row, finds the donor (a usable
/// email, else the same name and postcode) or creates one, then records the card/PayPal gift with its first
/// collected donation, or the SEPA mandate and its gift. A transaction (or RUM) already known changes nothing,
/// and the same file twice is refused before anything changes.
/// </summary>
public sealed class OnlineGiftImporter(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActorContext actor, IValidator<CreateContactCommand> contactValidator,
    IOptions<OnlineGiftOptions> options)
{
    public const string GeneratedRumPrefix = "CRMWEB-";

    public async Task<OnlineImportSummary> ImportAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var parsed = OnlineGiftFile.Parse(content);
        if (parsed.FileError is not null)
        {
            return new OnlineImportSummary(OnlineImportStatus.Unreadable, fileName, null, 0, 0, 0, 0, 0, [], parsed.FileError);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await AlreadyImportedAsync(db, sha256, fileName, ct) is { } already)
        {
            return already;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var import = ProviderImport.Record(
            ProviderFileKind.OnlineGifts, fileName, sha256, clock.GetUtcNow(), actor.Current.Name, parsed.LineCount, 0, 0, []);
        db.ProviderImports.Add(import);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node imported the same bytes at the same moment: the unique (kind, sha256) index decided.
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            if (await AlreadyImportedAsync(fresh, sha256, fileName, ct) is { } raced)
            {
                return raced;
            }

            throw;
        }

        db.ChangeTracker.Clear();
        var run = new FileRun(import.Id, parsed.Problems.ToList());
        foreach (var row in parsed.Rows)
        {
            await ImportRowAsync(db, run, row, ct);
        }

        var tracked = await db.ProviderImports.SingleAsync(i => i.Id == import.Id, ct);
        var problems = run.Problems.OrderBy(p => p.Line).ToList();
        tracked.Tally(parsed.LineCount, run.Applied, run.Unchanged, problems);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new OnlineImportSummary(
            OnlineImportStatus.Imported, fileName, import.Id, parsed.LineCount, run.Applied, run.Unchanged, problems.Count, run.ContactsCreated, problems,
            string.Format(Messages.Online_Summary, parsed.LineCount, run.Applied, run.Unchanged, problems.Count, run.ContactsCreated));
    }

    /// <summary>A RUM made from the transaction id: the same web transaction always gives the same RUM, so it is found again.</summary>
    public static string GeneratedRum(string transactionId) =>
        GeneratedRumPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(transactionId)))[..24];

    private sealed class FileRun(long importId, List<ImportProblem> problems)
    {
        public long ImportId { get; } = importId;

        public List<ImportProblem> Problems { get; } = problems;

        public HashSet<string> SeenKeys { get; } = [];

        public int Applied { get; set; }

        public int Unchanged { get; set; }

        public int ContactsCreated { get; set; }
    }

    /// <summary>
    /// One row, saved on its own: EF wraps the save in a savepoint, so a row the database refuses is rolled back
    /// alone and reported, while the file's transaction goes on.
    /// </summary>
    private async Task ImportRowAsync(AppDbContext db, FileRun run, OnlineGiftRow row, CancellationToken ct)
    {
        void Refuse(string reason) => run.Problems.Add(new ImportProblem(row.Line, reason, row.Raw));

        if (row.CollectedOn > ParisTime.Today(clock))
        {
            Refuse(string.Format(Messages.Online_CollectedInFuture, row.CollectedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        var rum = row.Channel == RecurringChannel.DirectDebit ? row.Rum ?? GeneratedRum(row.TransactionId) : null;
        var key = rum is not null ? $"rum:{rum}" : $"{row.Channel}:{row.TransactionId}";
        if (!run.SeenKeys.Add(key) || await IsKnownAsync(db, row, rum, ct))
        {
            run.Unchanged++;
            return;
        }

        if (row.ProviderReference is { } reference
            && await db.RecurringGifts.AsNoTracking().Where(g => g.Channel == row.Channel && g.ProviderReference == reference)
                .Select(g => (long?)g.Id).FirstOrDefaultAsync(ct) is { } giftId)
        {
            Refuse(string.Format(Messages.Online_SubscriptionKnown, reference, giftId));
            return;
        }

        var campaign = await CampaignAsync(db, row.CampaignCode, ct);
        if (campaign.Error is not null)
        {
            Refuse(campaign.Error);
            return;
        }

        try
        {
            var donor = await FindDonorAsync(db, row, ct);
            var contactCreated = false;
            if (donor is null)
            {
                var (contact, error) = await CreateDonorAsync(db, row, campaign.Id, ct);
                if (contact is null)
                {
                    Refuse(error!);
                    return;
                }

                donor = (contact.Id, contact.DisplayName);
                contactCreated = true;
            }

            Record(db, run, row, donor.Value.Id, donor.Value.Name, campaign.Id, rum);
            await db.SaveChangesAsync(ct);
            run.Applied++;
            run.ContactsCreated += contactCreated ? 1 : 0;
        }
        catch (DomainException ex)
        {
            Refuse(ex.Message);
        }
        catch (DbUpdateException ex)
        {
            Refuse(string.Format(Messages.Online_RefusedByDatabase, ex.InnerException?.Message ?? ex.Message));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private void Record(AppDbContext db, FileRun run, OnlineGiftRow row, long contactId, string contactName, long campaignId, string? rum)
    {
        if (row.Channel == RecurringChannel.DirectDebit)
        {
            var debtor = string.IsNullOrWhiteSpace(row.DebtorName) ? contactName : row.DebtorName;
            var mandate = SepaMandate.Sign(
                contactId, rum!, row.MandateSignedOn ?? row.CollectedOn, row.Iban!, row.Bic,
                debtor.Length <= RecurringLimits.DebtorNameMaxLength ? debtor : debtor[..RecurringLimits.DebtorNameMaxLength]);
            db.SepaMandates.Add(mandate);

            // The web form only signs the mandate: the scheduling run presents the first debit (FRST) on the next collection day.
            db.RecurringGifts.Add(RecurringGift.ByDirectDebit(
                mandate, row.Amount, row.Periodicity, campaignId, row.CollectedOn.AddDays(1), options.Value.OnlineSepaCollectionDay));
            return;
        }

        var gift = row.Channel == RecurringChannel.Card
            ? RecurringGift.ByCard(contactId, row.Amount, row.Periodicity, campaignId, row.CollectedOn, row.ProviderReference, row.CardExpiresOn)
            : RecurringGift.ByPayPal(contactId, row.Amount, row.Periodicity, campaignId, row.CollectedOn, row.ProviderReference);
        db.RecurringGifts.Add(gift);
        var donation = Donation.ForInstalment(gift, row.CollectedOn, collected: true);
        db.Donations.Add(donation);
        var instalment = Instalment.FirstCollected(gift, donation, row.TransactionId);
        db.Instalments.Add(instalment);
        gift.FirstInstalmentTaken();
        db.ProviderTransactions.Add(ProviderTransaction.Applied(
            row.Channel, row.TransactionId, TransactionOutcome.Collected, instalment.DonationId, run.ImportId, row.CollectedOn, row.Amount,
            null, null, null));
    }

    private static async Task<bool> IsKnownAsync(AppDbContext db, OnlineGiftRow row, string? rum, CancellationToken ct) =>
        rum is not null
            ? await db.SepaMandates.AnyAsync(m => m.Rum == rum, ct)
            : await db.ProviderTransactions.AnyAsync(
                t => t.Channel == row.Channel && t.TransactionId == row.TransactionId && t.Outcome == TransactionOutcome.Collected, ct);

    /// <summary>The typed campaign (it must exist and take gifts), else the generic one.</summary>
    private static async Task<(long Id, string? Error)> CampaignAsync(AppDbContext db, string? code, CancellationToken ct)
    {
        if (code is not null)
        {
            // No contact yet: with a code given, only the typed campaign is looked at.
            var (typed, error) = await PaymentCampaigns.ResolveAsync(db, 0, code, ct);
            return typed is null ? (0, error) : (typed.Id, null);
        }

        var generic = await db.Campaigns.AsNoTracking().Where(c => c.IsGeneric).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct);
        return generic is { } id ? (id, null) : (0, Messages.Payment_CampaignMissing);
    }

    /// <summary>A usable email first, then the same last and first name (case and accents aside) at the same postcode.</summary>
    private static async Task<(long Id, string Name)?> FindDonorAsync(AppDbContext db, OnlineGiftRow row, CancellationToken ct)
    {
        long? id = null;
        if (row.Email is not null)
        {
            var address = ContactEmail.Normalize(row.Email);
            id = await db.ContactEmails.AsNoTracking()
                .Where(e => e.Address == address && e.Status == EmailStatus.Valid)
                .Join(db.Contacts.Where(c => c.DeceasedOn == null), e => e.ContactId, c => c.Id, (e, c) => c.Id)
                .OrderBy(c => c).Select(c => (long?)c).FirstOrDefaultAsync(ct);
        }

        if (id is null && row.LastName is not null && row.PostCode is not null)
        {
            id = await db.Database.SqlQuery<long?>(
                    $"""
                     SELECT c.id AS "Value" FROM contacts c JOIN contact_addresses a ON a.contact_id = c.id
                     WHERE c.kind = 'Person' AND c.deceased_on IS NULL AND a.is_main AND a.postal_code = {row.PostCode}
                       AND f_unaccent(lower(c.last_name)) = f_unaccent(lower({row.LastName}))
                       AND f_unaccent(lower(COALESCE(c.first_name, ''))) = f_unaccent(lower({row.FirstName ?? ""}))
                     ORDER BY c.id LIMIT 1
                     """)
                .FirstOrDefaultAsync(ct);
        }

        if (id is null)
        {
            return null;
        }

        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        return (contact.Id, contact.DisplayName);
    }

    /// <summary>A new donor through the contact creation rules (<see cref="CreateContactValidator"/>, <see cref="CreateContactHandler.AddNewAsync"/>).</summary>
    private async Task<(Contact? Contact, string? Error)> CreateDonorAsync(AppDbContext db, OnlineGiftRow row, long campaignId, CancellationToken ct)
    {
        if (row.LastName is null)
        {
            return (null, string.Format(Messages.Online_LastNameRequiredToCreate, row.Email));
        }

        var address = row.Street is null && row.PostCode is null && row.City is null
            ? null
            : new PostalAddress(null, null, row.Street, null, row.PostCode ?? "", row.City ?? "", row.Country);
        var command = new CreateContactCommand(
            ContactKind.Person, row.Civility, row.FirstName, row.LastName, null, null, null, null, address, row.Email, row.Phone, PhoneType.Mobile,
            campaignId, DuplicatesConfirmed: true);
        var validation = await contactValidator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return (null, string.Format(Messages.Online_ContactNotCreated, string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct())));
        }

        return (await CreateContactHandler.AddNewAsync(db, command, ParisTime.Today(clock), ct), null);
    }

    private static async Task<OnlineImportSummary?> AlreadyImportedAsync(AppDbContext db, string sha256, string fileName, CancellationToken ct)
    {
        var earlier = await db.ProviderImports.AsNoTracking()
            .Where(i => i.Kind == ProviderFileKind.OnlineGifts && i.Sha256 == sha256)
            .Select(i => new { i.Id, i.ImportedAt }).FirstOrDefaultAsync(ct);
        if (earlier is null)
        {
            return null;
        }

        var at = ParisTime.ToParis(earlier.ImportedAt).ToString("dd/MM/yyyy à HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new OnlineImportSummary(
            OnlineImportStatus.AlreadyImported, fileName, earlier.Id, 0, 0, 0, 0, 0, [], string.Format(Messages.Online_AlreadyImported, at));
    }
}
