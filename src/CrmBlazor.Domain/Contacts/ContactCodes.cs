namespace CrmBlazor.Domain.Contacts;

/// <summary>An entry of an admin-managed list: suspension codes, marketing codes, score types.</summary>
public abstract class CodeListEntry
{
    public long Id { get; protected set; }

    public string Code { get; protected set; } = "";

    public string Label { get; protected set; } = "";

    public bool IsActive { get; protected set; } = true;

    public void Rename(string label) => Label = label.Trim();

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}

/// <summary>Why a contact is suspended: décédé, NPAI, à sa demande…</summary>
public sealed class SuspensionCode : CodeListEntry
{
    public const string Deceased = "DCD";
    public const string ReturnedMail = "NPAI";
    public const string OnRequest = "DEM";

    private SuspensionCode()
    {
    }

    public static SuspensionCode Create(string code, string label) => new() { Code = code.Trim().ToUpperInvariant(), Label = label.Trim() };
}

/// <summary>An internal marketing code (« grand donateur », « ancien bénévole »…).</summary>
public sealed class MarketingCode : CodeListEntry
{
    private MarketingCode()
    {
    }

    public static MarketingCode Create(string code, string label) => new() { Code = code.Trim().ToUpperInvariant(), Label = label.Trim() };
}

/// <summary>An external score bought from a data provider (scoring revenus, IFI…).</summary>
public sealed class ScoreType : CodeListEntry
{
    private ScoreType()
    {
    }

    public static ScoreType Create(string code, string label) => new() { Code = code.Trim().ToUpperInvariant(), Label = label.Trim() };
}

/// <summary>A contact carries a marketing code since a date.</summary>
public sealed class ContactMarketingCode : IContactOwned
{
    private ContactMarketingCode()
    {
    }

    public long ContactId { get; private set; }

    public long MarketingCodeId { get; private set; }

    public DateOnly Since { get; private set; }

    public string ContactPart => ContactParts.Codes;

    public static ContactMarketingCode Assign(long contactId, long marketingCodeId, DateOnly since) =>
        new() { ContactId = contactId, MarketingCodeId = marketingCodeId, Since = since };
}

/// <summary>The value an external provider gave a contact for one score, and when.</summary>
public sealed class ContactScore : IContactOwned
{
    private ContactScore()
    {
    }

    public long ContactId { get; private set; }

    public long ScoreTypeId { get; private set; }

    public string Value { get; private set; } = "";

    public DateOnly ScoredOn { get; private set; }

    public string ContactPart => ContactParts.Codes;

    public static ContactScore Record(long contactId, long scoreTypeId, string value, DateOnly scoredOn) =>
        new() { ContactId = contactId, ScoreTypeId = scoreTypeId, Value = value.Trim(), ScoredOn = scoredOn };
}

/// <summary>A free label (étiquette) staff put on contacts: « bénévole 2026 », « presse »…</summary>
public sealed class Tag : CodeListEntry
{
    private Tag()
    {
    }

    public static Tag Create(string code, string label) => new() { Code = code.Trim().ToUpperInvariant(), Label = label.Trim() };
}
