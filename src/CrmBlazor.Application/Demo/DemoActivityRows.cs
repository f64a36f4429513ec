using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Demo;

/// <summary>Campaign receptions, marketing codes and scores: what a contact received and how it is rated.</summary>
internal static class DemoActivityRows
{
    public const string ReceptionColumns = "id, contact_id, campaign_id, received_on";
    public const string MarketingCodeColumns = "contact_id, marketing_code_id, since";
    public const string ScoreColumns = "contact_id, score_type_id, value, scored_on";

    public static long ReceptionCount(DemoContactPlan[] plans) => plans.Sum(p => (long)p.Receptions);

    public static long MarketingCodeCount(DemoContactPlan[] plans) => plans.Sum(p => (long)p.MarketingCodes);

    public static long ScoreCount(DemoContactPlan[] plans) => plans.Sum(p => (long)p.Scores);

    /// <summary>
    /// Distinct campaigns started since the contact entered the base, received within two weeks of their start.
    /// Small draws retry on a repeat; the heavy contacts' thousand-plus draws shuffle the candidates instead. Rows go
    /// out by contact then campaign, the order of the unique index, so rebuilding it sorts presorted keys.
    /// </summary>
    public static void WriteReceptions(
        NpgsqlBinaryImporter importer, DemoContext context, DemoContactPlan[] plans, long firstId, DemoProgressCounter counter)
    {
        var random = context.RandomFor(5);
        var campaigns = context.Campaigns;
        var id = firstId;
        var candidates = new int[campaigns.Count];
        var chosen = new int[campaigns.Count];
        for (var i = 0; i < plans.Length; i++)
        {
            ref readonly var p = ref plans[i];
            var available = DemoBaseGenerator.AvailableCampaigns(campaigns, p.FirstCampaign);
            if (p.Receptions > 16)
            {
                for (var n = 0; n < available; n++)
                {
                    candidates[n] = n;
                }

                for (var n = 0; n < p.Receptions; n++)
                {
                    var pick = random.Next(n, available);
                    (candidates[n], candidates[pick]) = (candidates[pick], candidates[n]);
                    chosen[n] = candidates[n];
                }
            }
            else
            {
                for (var n = 0; n < p.Receptions; n++)
                {
                    int pick;
                    do
                    {
                        pick = random.Next(available);
                    }
                    while (chosen.AsSpan(0, n).Contains(pick));

                    chosen[n] = pick;
                }
            }

            var picks = chosen.AsSpan(0, p.Receptions);
            picks.Sort();
            foreach (var pick in picks)
            {
                WriteReception(importer, context, id++, context.FirstContactId + i, DemoBaseGenerator.CampaignAt(campaigns, p.FirstCampaign, pick), random);
                counter.Row();
            }
        }
    }

    public static void WriteMarketingCodes(NpgsqlBinaryImporter importer, DemoContext context, DemoContactPlan[] plans, DemoProgressCounter counter)
    {
        var random = context.RandomFor(6);
        for (var i = 0; i < plans.Length; i++)
        {
            ref readonly var p = ref plans[i];
            var start = p.MarketingCodes == 0 ? 0 : random.Next(context.MarketingCodes.Length);
            for (var n = 0; n < p.MarketingCodes; n++)
            {
                importer.StartRow();
                importer.Write(context.FirstContactId + i, NpgsqlDbType.Bigint);
                importer.Write(context.MarketingCodes[(start + n) % context.MarketingCodes.Length], NpgsqlDbType.Bigint);
                importer.Write(DemoBaseGenerator.DayFrom(random, p.EntryDate, context.Today), NpgsqlDbType.Date);
                counter.Row();
            }
        }
    }

    public static void WriteScores(NpgsqlBinaryImporter importer, DemoContext context, DemoContactPlan[] plans, DemoProgressCounter counter)
    {
        var random = context.RandomFor(7);
        for (var i = 0; i < plans.Length; i++)
        {
            ref readonly var p = ref plans[i];
            var start = p.Scores == 0 ? 0 : random.Next(context.ScoreTypes.Length);
            for (var n = 0; n < p.Scores; n++)
            {
                var type = (start + n) % context.ScoreTypes.Length;
                var values = DemoTexts.ScoreValues[type];
                importer.StartRow();
                importer.Write(context.FirstContactId + i, NpgsqlDbType.Bigint);
                importer.Write(context.ScoreTypes[type], NpgsqlDbType.Bigint);
                importer.Write(values[random.Next(values.Length)], NpgsqlDbType.Varchar);
                importer.Write(DemoBaseGenerator.DayFrom(random, p.EntryDate, context.Today), NpgsqlDbType.Date);
                counter.Row();
            }
        }
    }

    private static void WriteReception(NpgsqlBinaryImporter importer, DemoContext context, long id, long contactId, int campaign, Random random)
    {
        var start = context.Campaigns.Start(campaign);
        var received = start.AddDays(random.Next(15));
        importer.StartRow();
        importer.Write(id, NpgsqlDbType.Bigint);
        importer.Write(contactId, NpgsqlDbType.Bigint);
        importer.Write(context.Campaigns.Id(campaign), NpgsqlDbType.Bigint);
        importer.Write(received > context.Today ? start : received, NpgsqlDbType.Date);
    }
}
