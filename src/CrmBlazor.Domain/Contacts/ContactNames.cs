namespace CrmBlazor.Domain.Contacts;

/// <summary>How a contact is named on screens and letters.</summary>
public static class ContactNames
{
    public static string CivilityLabel(Civility civility) => civility switch
    {
        Civility.Monsieur => "M.",
        Civility.Madame => "Mme",
        Civility.MonsieurEtMadame => "M. et Mme",
        _ => "",
    };

    /// <summary>« Mme Marie LEFÈVRE », or the organisation's name.</summary>
    public static string Display(ContactKind kind, Civility? civility, string? firstName, string? lastName, string? organisationName)
    {
        if (kind == ContactKind.Organisation)
        {
            return organisationName ?? "";
        }

        var parts = new[] { civility is { } c ? CivilityLabel(c) : null, firstName, lastName?.ToUpperInvariant() };
        return string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
