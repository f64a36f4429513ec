namespace CrmBlazor.Domain.Relations;

/// <summary>
/// A kind of link between two contacts, named from both ends: « salarié de » from the person, « employeur de »
/// from the organisation. A symmetric type (conjoint, membre du foyer) reads the same from both ends.
/// </summary>
public sealed class RelationshipType
{
    private RelationshipType()
    {
    }

    public long Id { get; private set; }

    public string Code { get; private set; } = "";

    /// <summary>How contact A relates to contact B (« salarié de »).</summary>
    public string LabelFromA { get; private set; } = "";

    /// <summary>How contact B relates to contact A (« employeur de »).</summary>
    public string LabelFromB { get; private set; } = "";

    public bool IsActive { get; private set; } = true;

    public bool IsSymmetric => LabelFromA == LabelFromB;

    public static RelationshipType Create(string code, string labelFromA, string labelFromB) => new()
    {
        Code = code.Trim().ToUpperInvariant(),
        LabelFromA = labelFromA.Trim(),
        LabelFromB = labelFromB.Trim(),
    };

    public void Rename(string labelFromA, string labelFromB)
    {
        LabelFromA = labelFromA.Trim();
        LabelFromB = labelFromB.Trim();
    }

    /// <summary>An inactive type is no longer offered; the relations that use it stay.</summary>
    public void SetActive(bool active) => IsActive = active;

    /// <summary>The label seen from <paramref name="contactIsA"/>'s end.</summary>
    public string LabelSeenFrom(bool contactIsA) => contactIsA ? LabelFromA : LabelFromB;
}
