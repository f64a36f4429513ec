using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Segments.Criteria;

/// <summary>
/// A period typed either as dates or as « the last N months » (which moves with today, so a saved segment stays
/// current). Only collected donations count anywhere in giving criteria.
/// </summary>
public abstract class GivingPeriodCriterion : Criterion
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>« Au cours des N derniers mois »: replaces <see cref="From"/> and <see cref="To"/> when set.</summary>
    public int? WithinMonths { get; set; }

    protected (DateOnly? From, DateOnly? To, string? Problem) Period(SqlContext sql)
    {
        if (WithinMonths is { } months)
        {
            return months is < 1 or > 600 ? (null, null, Messages.Segment_MonthsInvalid) : (sql.Today.AddMonths(-months), sql.Today, null);
        }

        return From is { } f && To is { } t && f > t ? (null, null, Messages.Segment_RangeReversed) : (From, To, null);
    }

    protected internal const string Collected = $"'{nameof(DonationStatus.Collected)}'";
}

/// <summary>The last collected gift fell in the period (no period: has given at least once).</summary>
[Criterion("last-gift", CriterionFamily.Giving)]
public sealed class LastGiftCriterion : GivingPeriodCriterion
{
    protected override string Where(SqlContext sql)
    {
        var (from, to, problem) = Period(sql);
        if (problem is not null)
        {
            return sql.Problem(problem);
        }

        // donor_summaries holds one row per donor, kept by the database from collected gifts only.
        var bounds = (from is null ? "" : $" AND s.last_gift_on >= {sql.Value(from.Value)}") + (to is null ? "" : $" AND s.last_gift_on <= {sql.Value(to.Value)}");
        return $"EXISTS (SELECT 1 FROM donor_summaries s WHERE s.contact_id = c.id{bounds})";
    }
}

/// <summary>Gave in total, over the period, between a minimum and an optional maximum.</summary>
[Criterion("giving-total", CriterionFamily.Giving)]
public sealed class GivingTotalCriterion : GivingPeriodCriterion
{
    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    protected override string Where(SqlContext sql)
    {
        var (from, to, problem) = Period(sql);
        if (problem is not null)
        {
            return sql.Problem(problem);
        }

        if (Minimum is not > 0)
        {
            return sql.Problem(Messages.Segment_MinimumRequired);
        }

        if (Maximum is { } max && max < Minimum)
        {
            return sql.Problem(Messages.Segment_RangeReversed);
        }

        var atMost = Maximum is { } m ? $" AND {{0}} <= {sql.Value(m)}" : "";
        var atLeast = sql.Value(Minimum.Value);
        if (from is null && to is null)
        {
            return $"EXISTS (SELECT 1 FROM donor_summaries s WHERE s.contact_id = c.id AND s.lifetime_total >= {atLeast}{string.Format(atMost, "s.lifetime_total")})";
        }

        // One pass over the period's collected gifts, grouped by donor: a semi-join the planner runs once, not per contact.
        var bounds = (from is null ? "" : $" AND d.donated_on >= {sql.Value(from.Value)}") + (to is null ? "" : $" AND d.donated_on <= {sql.Value(to.Value)}");
        return $"c.id IN (SELECT d.contact_id FROM donations d WHERE d.status = {Collected}{bounds} " +
               $"GROUP BY d.contact_id HAVING sum(d.amount) >= {atLeast}{string.Format(atMost, "sum(d.amount)")})";
    }
}

/// <summary>Gave (a collected gift) to one of the chosen campaigns; with « Sauf »: gave to none of them.</summary>
[Criterion("campaign-gift", CriterionFamily.Giving)]
public sealed class CampaignGiftCriterion : Criterion
{
    [Choices(ChoiceSource.Campaigns)]
    public List<long> CampaignIds { get; set; } = [];

    protected override string Where(SqlContext sql) =>
        CampaignIds.Count == 0
            ? sql.Problem(Messages.Segment_ChoiceRequired)
            : $"EXISTS (SELECT 1 FROM donations d WHERE d.contact_id = c.id AND d.status = {GivingPeriodCriterion.Collected} AND d.campaign_id = ANY({sql.IdArray(CampaignIds)}))";
}

/// <summary>Received one of the chosen campaigns (to find those who received it and did not give).</summary>
[Criterion("campaign-received", CriterionFamily.Giving)]
public sealed class CampaignReceivedCriterion : Criterion
{
    [Choices(ChoiceSource.Campaigns)]
    public List<long> CampaignIds { get; set; } = [];

    protected override string Where(SqlContext sql) =>
        CampaignIds.Count == 0
            ? sql.Problem(Messages.Segment_ChoiceRequired)
            : $"EXISTS (SELECT 1 FROM campaign_receptions r WHERE r.contact_id = c.id AND r.campaign_id = ANY({sql.IdArray(CampaignIds)}))";
}

/// <summary>Has a recurring gift that is active today.</summary>
[Criterion("active-recurring", CriterionFamily.Giving)]
public sealed class ActiveRecurringGiftCriterion : Criterion
{
    protected override string Where(SqlContext sql) =>
        $"EXISTS (SELECT 1 FROM recurring_gifts g WHERE g.contact_id = c.id AND g.status = '{nameof(RecurringGiftStatus.Active)}')";
}
