using CrmBlazor.Application.Resources;

namespace CrmBlazor.Application.Segments.Criteria;

/// <summary>The main address's postcode starts with one of the typed beginnings (« 75, 92 », « 69003 »).</summary>
[Criterion("postcode", CriterionFamily.Address)]
public sealed class PostcodeCriterion : Criterion
{
    public string? Postcodes { get; set; }

    protected override string Where(SqlContext sql)
    {
        var prefixes = SqlText.Items(Postcodes);
        return prefixes.Count == 0
            ? sql.Problem(Messages.Segment_PostcodesRequired)
            : SqlText.MainAddress("(" + string.Join(" OR ", prefixes.Select(p => $"a.postal_code LIKE {sql.Value(SqlText.Prefix(p))}")) + ")");
    }
}

/// <summary>The main address is in France, in one of the typed departments (« 75, 2A, 971 »).</summary>
[Criterion("department", CriterionFamily.Address)]
public sealed class DepartmentCriterion : Criterion
{
    public string? Departments { get; set; }

    protected override string Where(SqlContext sql)
    {
        var departments = SqlText.Items(Departments);
        if (departments.Count == 0)
        {
            return sql.Problem(Messages.Segment_DepartmentsRequired);
        }

        var prefixes = new List<string>();
        foreach (var department in departments)
        {
            var found = PostcodePrefixes(department);
            if (found.Count == 0)
            {
                return sql.Problem(string.Format(Messages.Segment_UnknownDepartment, department));
            }

            prefixes.AddRange(found);
        }

        return SqlText.MainAddress("a.country = 'FR' AND (" + string.Join(" OR ", prefixes.Select(p => $"a.postal_code LIKE {sql.Value(p + "%")}")) + ")");
    }

    /// <summary>
    /// The postcode beginnings of a department: its two digits, Corsica's 2A (200xx, 201xx) and 2B (202xx, 206xx),
    /// or the three digits of an overseas department (971 to 976).
    /// </summary>
    public static IReadOnlyList<string> PostcodePrefixes(string department) => department.ToUpperInvariant() switch
    {
        "2A" => ["200", "201"],
        "2B" => ["202", "206"],
        ['9', '7', >= '1' and <= '6'] d => [d],
        [>= '0' and <= '9', >= '0' and <= '9'] d when d is not ("00" or "20" or "96" or "97" or "98" or "99") => [d],
        _ => [],
    };
}

/// <summary>The main address's city, accents and case ignored.</summary>
[Criterion("city", CriterionFamily.Address)]
public sealed class CityCriterion : Criterion
{
    public string? City { get; set; }

    protected override string Where(SqlContext sql) =>
        string.IsNullOrWhiteSpace(City)
            ? sql.Problem(Messages.Segment_CityRequired)
            : SqlText.MainAddress($"f_unaccent(lower(a.city)) = f_unaccent(lower({sql.Value(City.Trim())}))");
}

/// <summary>The main address's country is one of the typed ISO codes (« FR, BE »).</summary>
[Criterion("country", CriterionFamily.Address)]
public sealed class CountryCriterion : Criterion
{
    public string? Countries { get; set; }

    protected override string Where(SqlContext sql)
    {
        var codes = SqlText.Items(Countries).Select(c => c.ToUpperInvariant()).ToList();
        return codes.Count == 0 || codes.Any(c => c.Length != 2)
            ? sql.Problem(Messages.Segment_CountriesRequired)
            : SqlText.MainAddress($"a.country = ANY({sql.TextArray(codes)})");
    }
}
