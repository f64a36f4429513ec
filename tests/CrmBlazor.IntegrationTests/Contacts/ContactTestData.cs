using CrmBlazor.Application.Contacts;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Contacts;

/// <summary>A contact a test made, with the member number the database gave it.</summary>
public sealed record TestContact(long Id, long MemberNumber);

/// <summary>
/// Builds the contacts, campaigns and code-list rows the contact tests need.
/// The reset between tests empties <c>campaigns</c> and <c>suspension_codes</c> too, the rows the migration seeds
/// (GENERIQUE, DCD, NPAI, DEM) included, so each is found or created on demand.
/// </summary>
public static class ContactTestData
{
    public const string GenericCode = "GENERIQUE";

    /// <summary>Who builds the data: journaled as the system, never as the staff member under test.</summary>
    public static readonly Actor Builder = Actor.System("tests");

    private static int _sequence;

    /// <summary>The generic campaign: the one the migration seeds when it survived the reset, else a new one.</summary>
    public static Task<long> GenericCampaignAsync(this CrmAppFixture app) =>
        app.WithDbAsync(async db =>
        {
            var id = await db.Campaigns.Where(c => c.IsGeneric).Select(c => (long?)c.Id).FirstOrDefaultAsync();
            if (id is { } existing)
            {
                return existing;
            }

            var generic = Campaign.Create(GenericCode, "Campagne générique", CampaignChannel.Mail, new DateOnly(2000, 1, 1), isGeneric: true);
            db.Campaigns.Add(generic);
            await db.SaveChangesAsync();
            return generic.Id;
        });

    /// <summary>A new campaign; its code gets a unique suffix so tests never collide even if campaigns survive a reset.</summary>
    public static Task<TestCampaign> CampaignAsync(
        this CrmAppFixture app, string code, DateOnly startsOn, CampaignChannel channel = CampaignChannel.Mail, string? name = null, bool closed = false) =>
        app.WithDbAsync(async db =>
        {
            var unique = $"{code}-{Interlocked.Increment(ref _sequence)}";
            var campaign = Campaign.Create(unique, name ?? $"Campagne {code}", channel, startsOn);
            if (closed)
            {
                campaign.Close(startsOn.AddDays(30));
            }

            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return new TestCampaign(campaign.Id, campaign.Code, campaign.Name);
        });

    /// <summary>The suspension code (DCD, NPAI, DEM…), found or created.</summary>
    public static Task<long> SuspensionCodeAsync(this CrmAppFixture app, string code) =>
        app.WithDbAsync(async db =>
        {
            var id = await db.SuspensionCodes.Where(s => s.Code == code).Select(s => (long?)s.Id).FirstOrDefaultAsync();
            if (id is { } existing)
            {
                return existing;
            }

            var label = code switch
            {
                SuspensionCode.Deceased => "Décédé",
                SuspensionCode.ReturnedMail => "N'habite pas à l'adresse indiquée",
                SuspensionCode.OnRequest => "À sa demande",
                _ => $"Code {code}",
            };
            var row = SuspensionCode.Create(code, label);
            db.SuspensionCodes.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

    /// <summary>Creates a person through the application's use case (duplicates confirmed), as the system.</summary>
    public static async Task<TestContact> CreatePersonAsync(
        this CrmAppFixture app,
        string lastName,
        string? firstName = null,
        Civility? civility = null,
        string? postalCode = null,
        string? city = null,
        string? street = null,
        string? email = null,
        string? phone = null,
        long? originCampaignId = null)
    {
        var origin = originCampaignId ?? await app.GenericCampaignAsync();
        var address = postalCode is null ? null : new PostalAddress(null, null, street, null, postalCode, city ?? "Paris");
        var command = new CreateContactCommand(
            ContactKind.Person, civility, firstName, lastName, null, null, null, null, address, email, phone, PhoneType.Mobile, origin,
            DuplicatesConfirmed: true);
        return await app.CreateAsync(command);
    }

    /// <summary>Creates an organisation through the application's use case (duplicates confirmed), as the system.</summary>
    public static async Task<TestContact> CreateOrganisationAsync(
        this CrmAppFixture app, string name, string? siret = null, string? postalCode = null, string? city = null, string? email = null)
    {
        var origin = await app.GenericCampaignAsync();
        var address = postalCode is null ? null : new PostalAddress(null, null, null, null, postalCode, city ?? "Lyon");
        var command = new CreateContactCommand(
            ContactKind.Organisation, null, null, null, name, siret, OrganisationKind.Association, null, address, email, null, PhoneType.Work, origin,
            DuplicatesConfirmed: true);
        return await app.CreateAsync(command);
    }

    public static async Task<TestContact> CreateAsync(this CrmAppFixture app, CreateContactCommand command)
    {
        var outcome = await app.ActAsync(Builder, s => s.GetRequiredService<CreateContactHandler>().HandleAsync(command));
        Assert.True(outcome.Created, $"Contact not created: {string.Join(" ", outcome.Errors)} (duplicates: {outcome.Duplicates.Count})");
        return new TestContact(outcome.ContactId!.Value, outcome.MemberNumber!.Value);
    }

    /// <summary>Inserts a person straight through the DbContext: the member number is the database's default.</summary>
    public static async Task<TestContact> InsertPersonAsync(
        this CrmAppFixture app, string lastName, string? firstName = null, string? postalCode = null, string city = "Paris")
    {
        var origin = await app.GenericCampaignAsync();
        return await app.WithDbAsync(async db =>
        {
            var contact = Contact.NewPerson(0, null, firstName, lastName, new DateOnly(2024, 1, 15), origin);
            db.Contacts.Add(contact);
            if (postalCode is not null)
            {
                db.ContactAddresses.Add(ContactAddress.Main(contact.Id, new PostalAddress(null, null, "1 rue Neuve", null, postalCode, city)));
            }

            await db.SaveChangesAsync();
            return new TestContact(contact.Id, contact.MemberNumber);
        });
    }

    /// <summary>Records that the contact received the campaign on that day.</summary>
    public static Task ReceiveAsync(this CrmAppFixture app, long contactId, long campaignId, DateOnly on) =>
        app.WithDbAsync(async db =>
        {
            db.CampaignReceptions.Add(CampaignReception.Record(contactId, campaignId, on));
            return await db.SaveChangesAsync();
        });

    /// <summary>The contact row as it is in the database now.</summary>
    public static Task<Contact> ContactAsync(this CrmAppFixture app, long contactId) =>
        app.QueryAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId));

    public static async Task<ContactHeaderView> HeaderAsync(this CrmAppFixture app, long contactId) =>
        await app.ActAsync(Builder, s => s.GetRequiredService<ContactHeaderHandler>().HandleAsync(contactId))
        ?? throw new InvalidOperationException($"Contact {contactId} has no header.");

    /// <summary>Runs <paramref name="work"/> on a new DbContext of the application, acting as <see cref="Builder"/>.</summary>
    public static Task<T> WithDbAsync<T>(this CrmAppFixture app, Func<AppDbContext, Task<T>> work) =>
        app.ActAsync(Builder, async s =>
        {
            await using var db = await s.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            return await work(db);
        });
}

public sealed record TestCampaign(long Id, string Code, string Name);
