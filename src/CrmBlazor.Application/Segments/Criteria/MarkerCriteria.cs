using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Application.Segments.Criteria;

public enum ContactMarker
{
    NoSolicitation,
    Deceased,
    Suspended,
}

/// <summary>A marker of the record: « ne pas solliciter », décédé, suspendu.</summary>
[Criterion("marker", CriterionFamily.Markers)]
public sealed class MarkerCriterion : Criterion
{
    public ContactMarker Marker { get; set; }

    protected override string Where(SqlContext sql) => Marker switch
    {
        ContactMarker.NoSolicitation => "c.no_solicitation",
        ContactMarker.Deceased => "c.deceased_on IS NOT NULL",
        _ => "c.suspension_code_id IS NOT NULL",
    };
}

/// <summary>Suspended for one of the chosen reasons (NPAI, à sa demande…).</summary>
[Criterion("suspension-code", CriterionFamily.Markers)]
public sealed class SuspensionCodeCriterion : Criterion
{
    [Choices(ChoiceSource.SuspensionCodes)]
    public List<long> CodeIds { get; set; } = [];

    protected override string Where(SqlContext sql) =>
        CodeIds.Count == 0 ? sql.Problem(Messages.Segment_ChoiceRequired) : $"c.suspension_code_id = ANY({sql.IdArray(CodeIds)})";
}

/// <summary>How the contact wants tax receipts.</summary>
[Criterion("receipt-preference", CriterionFamily.Markers)]
public sealed class ReceiptPreferenceCriterion : Criterion
{
    public ReceiptPreference Preference { get; set; }

    protected override string Where(SqlContext sql) => $"c.receipt_preference = {sql.Value(Preference.ToString())}";
}

/// <summary>Carries at least one of the chosen marketing codes.</summary>
[Criterion("marketing-code", CriterionFamily.Markers)]
public sealed class MarketingCodeCriterion : Criterion
{
    [Choices(ChoiceSource.MarketingCodes)]
    public List<long> CodeIds { get; set; } = [];

    protected override string Where(SqlContext sql) =>
        CodeIds.Count == 0
            ? sql.Problem(Messages.Segment_ChoiceRequired)
            : $"EXISTS (SELECT 1 FROM contact_marketing_codes m WHERE m.contact_id = c.id AND m.marketing_code_id = ANY({sql.IdArray(CodeIds)}))";
}

public enum EmailState
{
    /// <summary>At least one email that can be written to.</summary>
    Usable,

    /// <summary>Emails, but every one unusable (NPAI électronique).</summary>
    OnlyUnusable,

    None,
}

/// <summary>The state of the contact's emails.</summary>
[Criterion("email", CriterionFamily.Email)]
public sealed class EmailStatusCriterion : Criterion
{
    public EmailState State { get; set; }

    protected override string Where(SqlContext sql)
    {
        var valid = $"EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id AND e.status = '{EmailStatus.Valid}')";
        return State switch
        {
            EmailState.Usable => valid,
            EmailState.OnlyUnusable => $"EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id) AND NOT {valid}",
            _ => "NOT EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id)",
        };
    }
}
