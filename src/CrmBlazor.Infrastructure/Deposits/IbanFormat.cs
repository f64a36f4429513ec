namespace CrmBlazor.Infrastructure.Deposits;

/// <summary>An IBAN as banks print it, in groups of four: « FR76 3000 6000 0112 3456 7890 189 ».</summary>
public static class IbanFormat
{
    public static string Grouped(string iban)
    {
        var compact = new string(iban.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
        return string.Join(' ', compact.Chunk(4).Select(group => new string(group)));
    }
}
