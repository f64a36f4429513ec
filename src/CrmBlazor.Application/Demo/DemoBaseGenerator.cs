using System.Globalization;

namespace CrmBlazor.Application.Demo;

/// <summary>
/// What every table needs to know about one contact, drawn once before any row is written: the row counts of
/// its children are known up front, so each table's ids are reserved exactly, and every later pass draws the rest
/// of the contact from its own seeded stream.
/// </summary>
internal struct DemoContactPlan
{
    public int Surname;
    public int FirstName;
    public int Place;
    public int OrganisationTemplate;
    public int OriginCampaign;
    public int FirstCampaign;
    public DateOnly EntryDate;
    public short Receptions;
    public byte Phones;
    public byte Emails;
    public byte MarketingCodes;
    public byte Scores;
    public byte Showcase;
    public bool IsAbroad;
    public bool IsHeavy;
    public bool HasSecondAddress;

    public readonly bool IsOrganisation => OrganisationTemplate >= 0;
}

/// <summary>Ids the rows point at, shared by every pass.</summary>
internal sealed record DemoContext(
    int Seed,
    DateOnly Today,
    DemoCampaignSet Campaigns,
    IReadOnlyDictionary<string, long> SuspensionCodes,
    long[] MarketingCodes,
    long[] ScoreTypes,
    long FirstContactId,
    long FirstMemberNumber)
{
    /// <summary>Each table draws from its own stream, so adding a column to one never changes the others.</summary>
    public Random RandomFor(int pass) => new(unchecked((Seed * 397) ^ (pass * 7919)));
}

/// <summary>Draws the contacts' plans: who they are, where they live, when they came and how much each table gets.</summary>
internal static class DemoBaseGenerator
{
    public const int HeavyEvery = 1000;

    public static readonly DemoPicker SurnamePicker = DemoPicker.Ranked(DemoBaseData.Surnames.Length, 8, 0.85);
    public static readonly DemoPicker FemalePicker = DemoPicker.Ranked(DemoBaseData.FemaleFirstNames.Length, 15, 0.7);
    public static readonly DemoPicker MalePicker = DemoPicker.Ranked(DemoBaseData.MaleFirstNames.Length, 15, 0.7);
    public static readonly DemoPicker FrenchPlacePicker = DemoPicker.Weighted(DemoPlaces.French.Select(p => p.Weight));
    public static readonly DemoPicker AbroadPicker = DemoPicker.Weighted(DemoPlaces.Abroad.Select(p => p.Weight));

    public static readonly string[] SurnameSlugs = [.. DemoBaseData.Surnames.Select(n => DemoAscii.Slug(n))];
    public static readonly string[] FirstNameSlugs =
        [.. DemoBaseData.FemaleFirstNames.Concat(DemoBaseData.MaleFirstNames).Select(n => DemoAscii.Slug(n))];

    /// <summary>People browser tests and demos look for: « lefevre » must find several, Marie in Paris 11e first.</summary>
    private static readonly (string First, string Last, string PostalCode)[] Showcase =
        [("Marie", "Lefèvre", "75011"), ("Jean", "Lefèvre", "69003"), ("Hélène", "Lefèvre", "33000"), ("François", "Lefebvre", "59000")];

    public static string FirstName(int index) => index < DemoBaseData.FemaleFirstNames.Length
        ? DemoBaseData.FemaleFirstNames[index]
        : DemoBaseData.MaleFirstNames[index - DemoBaseData.FemaleFirstNames.Length];

    public static bool IsFemale(int firstName) => firstName < DemoBaseData.FemaleFirstNames.Length;

    public static DemoPlace PlaceOf(in DemoContactPlan plan) => plan.IsAbroad ? DemoPlaces.Abroad[plan.Place] : DemoPlaces.French[plan.Place];

    public static string OrganisationName(in DemoContactPlan plan)
    {
        var (template, _) = DemoTexts.OrganisationNames[plan.OrganisationTemplate];
        return string.Format(CultureInfo.InvariantCulture, template, DemoBaseData.Surnames[plan.Surname], DemoAscii.TitleCase(PlaceOf(plan).City));
    }

    public static int DaysBetween(DateOnly from, DateOnly to) => Math.Max(0, to.DayNumber - from.DayNumber);

    /// <summary>A day between <paramref name="from"/> and the context's today, both included.</summary>
    public static DateOnly DayFrom(Random random, DateOnly from, DateOnly today) => from.AddDays(random.Next(DaysBetween(from, today) + 1));

    /// <summary>Campaigns a contact can have received: those started since it entered the base, the generic one excepted.</summary>
    public static int AvailableCampaigns(DemoCampaignSet campaigns, int firstCampaign) =>
        campaigns.Count - firstCampaign - (campaigns.GenericIndex >= firstCampaign ? 1 : 0);

    /// <summary>The <paramref name="n"/>-th campaign a contact can have received, skipping the generic one.</summary>
    public static int CampaignAt(DemoCampaignSet campaigns, int firstCampaign, int n)
    {
        var index = firstCampaign + n;
        return campaigns.GenericIndex >= firstCampaign && index >= campaigns.GenericIndex ? index + 1 : index;
    }

    public static DemoContactPlan[] Plan(DemoContext context, int count, bool withShowcase)
    {
        var random = context.RandomFor(0);
        var campaigns = context.Campaigns;
        var plans = new DemoContactPlan[count];
        for (var i = 0; i < count; i++)
        {
            ref var p = ref plans[i];
            p.IsHeavy = i % HeavyEvery == HeavyEvery / 2;
            p.OrganisationTemplate = !p.IsHeavy && random.NextDouble() < 0.05 ? random.Next(DemoTexts.OrganisationNames.Length) : -1;
            p.Surname = SurnamePicker.Next(random);
            var female = random.NextDouble() < 0.52;
            p.FirstName = female ? FemalePicker.Next(random) : DemoBaseData.FemaleFirstNames.Length + MalePicker.Next(random);
            p.IsAbroad = random.NextDouble() < 0.01;
            p.Place = p.IsAbroad ? AbroadPicker.Next(random) : FrenchPlacePicker.Next(random);
            p.EntryDate = context.Today.AddDays(-(p.IsHeavy ? random.Next(11 * 365, 30 * 365) : random.Next(30 * 365)));

            var r = random.NextDouble();
            p.Phones = (byte)(r < 0.20 ? 0 : r < 0.75 ? 1 : 2);
            r = random.NextDouble();
            p.Emails = (byte)(r < 0.30 ? 0 : r < 0.90 ? 1 : 2);
            p.HasSecondAddress = random.NextDouble() < 0.03;
            p.MarketingCodes = (byte)(random.NextDouble() < 0.05 ? Math.Min(context.MarketingCodes.Length, random.NextDouble() < 0.8 ? 1 : 2) : 0);
            p.Scores = (byte)(random.NextDouble() < 0.10 ? Math.Min(context.ScoreTypes.Length, random.Next(1, 4)) : 0);
            var wanted = p.IsHeavy ? random.Next(1000, 1401) : random.Next(13);

            if (withShowcase && i < Showcase.Length)
            {
                ApplyShowcase(ref p, i);
            }

            p.FirstCampaign = campaigns.FirstStartingOnOrAfter(p.EntryDate);
            p.OriginCampaign = p.FirstCampaign > 0 ? random.Next(Math.Max(0, p.FirstCampaign - 15), p.FirstCampaign) : campaigns.GenericIndex;
            p.Receptions = (short)Math.Min(wanted, Math.Max(0, AvailableCampaigns(campaigns, p.FirstCampaign)));
        }

        return plans;
    }

    private static void ApplyShowcase(ref DemoContactPlan p, int index)
    {
        var (first, last, postalCode) = Showcase[index];
        p.Showcase = (byte)(index + 1);
        p.OrganisationTemplate = -1;
        p.Surname = Array.IndexOf(DemoBaseData.Surnames, last);
        p.FirstName = Array.IndexOf(DemoBaseData.FemaleFirstNames, first) is >= 0 and var female
            ? female
            : DemoBaseData.FemaleFirstNames.Length + Array.IndexOf(DemoBaseData.MaleFirstNames, first);
        p.IsAbroad = false;
        p.Place = Array.FindIndex(DemoPlaces.French, place => place.PostalCode == postalCode);
        p.Emails = Math.Max(p.Emails, (byte)1);
        p.Phones = Math.Max(p.Phones, (byte)1);
    }
}
