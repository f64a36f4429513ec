using System.Globalization;
using CrmBlazor.Domain.Contacts;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Demo;

/// <summary>E-mails built from the names (« marie.lefevre75@orange.fr »), a few marked unusable after a bounce.</summary>
internal static class DemoEmailRows
{
    public const string Columns = "id, contact_id, address, entered_on, origin_campaign_id, status, unusable_reason, unusable_since";

    private static readonly DemoPicker DomainPicker = DemoPicker.Weighted(DemoTexts.EmailDomains.Select(d => d.Weight));

    public static long Count(DemoContactPlan[] plans) => plans.Sum(p => (long)p.Emails);

    public static void Write(
        NpgsqlBinaryImporter importer, DemoContext context, DemoContactPlan[] plans, long firstId, DemoProgressCounter counter)
    {
        var random = context.RandomFor(4);
        var id = firstId;
        var campaigns = context.Campaigns;
        for (var i = 0; i < plans.Length; i++)
        {
            ref readonly var p = ref plans[i];
            string? first = null;
            for (var n = 0; n < p.Emails; n++)
            {
                var address = p.Showcase == 1 && n == 0 ? "marie.lefevre@orange.fr" : Address(random, p, n);
                if (address == first)
                {
                    address = address.Insert(address.IndexOf('@', StringComparison.Ordinal), "2");
                }

                first ??= address;
                var (origin, enteredOn) = (p.OriginCampaign, p.EntryDate);
                var available = DemoBaseGenerator.AvailableCampaigns(campaigns, p.FirstCampaign);
                if (n > 0 && available > 0)
                {
                    // A second address usually arrives with a later campaign's reply.
                    origin = DemoBaseGenerator.CampaignAt(campaigns, p.FirstCampaign, random.Next(available));
                    enteredOn = DemoBaseGenerator.DayFrom(random, campaigns.Start(origin), context.Today);
                }

                importer.StartRow();
                importer.Write(id++, NpgsqlDbType.Bigint);
                importer.Write(context.FirstContactId + i, NpgsqlDbType.Bigint);
                importer.Write(address, NpgsqlDbType.Varchar);
                importer.Write(enteredOn, NpgsqlDbType.Date);
                importer.Write(campaigns.Id(origin), NpgsqlDbType.Bigint);
                if (p.Showcase == 0 && random.NextDouble() < 0.03)
                {
                    importer.Write(nameof(EmailStatus.Unusable), NpgsqlDbType.Varchar);
                    importer.Write(DemoTexts.UnusableReasons[random.Next(DemoTexts.UnusableReasons.Length)], NpgsqlDbType.Varchar);
                    importer.Write(DemoBaseGenerator.DayFrom(random, enteredOn, context.Today), NpgsqlDbType.Date);
                }
                else
                {
                    importer.Write(nameof(EmailStatus.Valid), NpgsqlDbType.Varchar);
                    importer.WriteNull();
                    importer.WriteNull();
                }

                counter.Row();
            }
        }
    }

    private static string Address(Random random, in DemoContactPlan p, int n)
    {
        if (p.IsOrganisation)
        {
            var host = DemoAscii.Slug(DemoBaseGenerator.OrganisationName(p), '-');
            host = host.Length > 40 ? host[..40].TrimEnd('-') : host;
            var mailbox = DemoTexts.OrganisationMailboxes[random.Next(DemoTexts.OrganisationMailboxes.Length)];
            return n == 0 ? $"{mailbox}@{host}.fr" : $"{mailbox}.{host}@{DemoTexts.EmailDomains[DomainPicker.Next(random)].Domain}";
        }

        var first = DemoBaseGenerator.FirstNameSlugs[p.FirstName];
        var last = DemoBaseGenerator.SurnameSlugs[p.Surname];
        var number = random.Next(1, 100).ToString(CultureInfo.InvariantCulture);
        var local = random.Next(8) switch
        {
            0 or 1 or 2 => $"{first}.{last}",
            3 => $"{first}{last}",
            4 => $"{first[0]}{last}",
            5 => $"{first}.{last}{number}",
            6 => $"{last}.{first}",
            _ => $"{first}_{last}{number}",
        };
        return $"{local}@{DemoTexts.EmailDomains[DomainPicker.Next(random)].Domain}";
    }
}
