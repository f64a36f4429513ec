using System.Globalization;

namespace CrmBlazor.Domain.Journal;

/// <summary>How a field's value is written in the journal: culture-invariant, short, secrets hidden.</summary>
public static class JournalValue
{
    public const int MaxLength = 500;
    public const string Hidden = "•••";

    /// <summary>Fields whose values must never reach the journal; the change itself is still recorded.</summary>
    private static readonly HashSet<string> SecretFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "PasswordHash", "SecurityStamp", "Password", "Secret", "AuthenticatorKey",
    };

    public static bool IsSecret(string field) => SecretFields.Contains(field);

    public static string? Format(string field, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (IsSecret(field))
        {
            return Hidden;
        }

        var text = value switch
        {
            DateTimeOffset d => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            byte[] bytes => $"[{bytes.Length} bytes]",
            System.Collections.IEnumerable items and not string => string.Join(" / ", items.Cast<object>()),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }

    /// <summary>The changes between two snapshots of a row's fields; unchanged fields are left out.</summary>
    public static IReadOnlyList<FieldChange> Diff(IEnumerable<(string Field, object? Old, object? New)> fields)
    {
        var changes = new List<FieldChange>();
        foreach (var (field, oldValue, newValue) in fields)
        {
            var oldText = Format(field, oldValue);
            var newText = Format(field, newValue);
            // Shortened texts may hide a change past the cut: those, like secrets, compare the raw values.
            var compareRaw = IsSecret(field) || oldText?.Length > MaxLength || newText?.Length > MaxLength;
            if (compareRaw ? !Equals(oldValue, newValue) : oldText != newText)
            {
                changes.Add(new FieldChange(field, oldText, newText));
            }
        }

        return changes;
    }
}
