using CrmBlazor.Domain.Contacts;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Demo;

/// <summary>
/// Phones in the ranges libphonenumber accepts: mobiles 06 / 07 (3x–8x), landlines 01–05 of the contact's area
/// (minus the overseas blocks 0262, 0590, 0594, 0639, 069x). French numbers are formatted here — libphonenumber
/// would cost more than the rest of the row — and foreign ones go through <see cref="ValidPhoneNumber"/>.
/// </summary>
internal static class DemoPhoneRows
{
    public const string Columns = "id, contact_id, type, e164, display, search_digits";

    /// <summary>Foreign numbers by country, « # » a random digit.</summary>
    private static readonly Dictionary<string, string> ForeignTemplates = new(StringComparer.Ordinal)
    {
        ["BE"] = "+32 47# ## ## ##",
        ["CH"] = "+41 79 ### ## ##",
        ["DE"] = "+49 151 ########",
        ["LU"] = "+352 621 ### ###",
        ["ES"] = "+34 6## ## ## ##",
        ["IT"] = "+39 3## ### ####",
        ["CA"] = "+1 514 ### ####",
    };

    public static long Count(DemoContactPlan[] plans) => plans.Sum(p => (long)p.Phones);

    public static void Write(
        NpgsqlBinaryImporter importer, DemoContext context, DemoContactPlan[] plans, long firstId, DemoProgressCounter counter)
    {
        var random = context.RandomFor(3);
        var id = firstId;
        Span<char> digits = stackalloc char[9];
        for (var i = 0; i < plans.Length; i++)
        {
            ref readonly var p = ref plans[i];
            var firstIsMobile = random.NextDouble() < 0.6;
            for (var n = 0; n < p.Phones; n++)
            {
                var place = DemoBaseGenerator.PlaceOf(p);
                var foreign = n == 0 && p.IsAbroad ? Foreign(random, place.Country) : null;
                // The foreign templates are all mobile ranges.
                var mobile = foreign is not null || (n == 0) == firstIsMobile;
                var type = mobile ? nameof(PhoneType.Mobile)
                    : p.IsOrganisation ? (random.NextDouble() < 0.15 ? nameof(PhoneType.Fax) : nameof(PhoneType.Work))
                    : random.NextDouble() < 0.1 ? nameof(PhoneType.Work) : nameof(PhoneType.Home);

                importer.StartRow();
                importer.Write(id++, NpgsqlDbType.Bigint);
                importer.Write(context.FirstContactId + i, NpgsqlDbType.Bigint);
                importer.Write(type, NpgsqlDbType.Varchar);
                if (foreign is not null)
                {
                    importer.Write(foreign.E164, NpgsqlDbType.Varchar);
                    importer.Write(foreign.Display, NpgsqlDbType.Varchar);
                    importer.Write(foreign.NationalDigits, NpgsqlDbType.Varchar);
                }
                else
                {
                    French(random, mobile, place.AreaDigit is >= 1 and <= 5 ? place.AreaDigit : 1, digits);
                    importer.Write(string.Concat("+33", digits), NpgsqlDbType.Varchar);
                    importer.Write(Display(digits), NpgsqlDbType.Varchar);
                    importer.Write(new string(digits), NpgsqlDbType.Varchar);
                }

                counter.Row();
            }
        }
    }

    /// <summary>The national significant number, 9 digits without the trunk 0: « 612345678 ».</summary>
    private static void French(Random random, bool mobile, int area, Span<char> digits)
    {
        int first, block;
        if (mobile)
        {
            first = random.NextDouble() < 0.75 ? 6 : 7;
            do
            {
                block = first == 6 ? random.Next(10, 90) : random.Next(30, 90);
            }
            while (first == 6 && block == 39);
        }
        else
        {
            first = area;
            do
            {
                block = random.Next(10, 90);
            }
            while (first == 2 && block == 62);
        }

        digits[0] = (char)('0' + first);
        digits[1] = (char)('0' + (block / 10));
        digits[2] = (char)('0' + (block % 10));
        for (var d = 3; d < 9; d++)
        {
            digits[d] = (char)('0' + random.Next(10));
        }
    }

    /// <summary>« 06 12 34 56 78 », the national format staff read and type.</summary>
    private static string Display(ReadOnlySpan<char> digits)
    {
        Span<char> text = stackalloc char[14];
        text[0] = '0';
        text[1] = digits[0];
        for (var pair = 0; pair < 4; pair++)
        {
            text[2 + (pair * 3)] = ' ';
            text[3 + (pair * 3)] = digits[1 + (pair * 2)];
            text[4 + (pair * 3)] = digits[2 + (pair * 2)];
        }

        return new string(text);
    }

    private static ValidPhoneNumber? Foreign(Random random, string country)
    {
        if (!ForeignTemplates.TryGetValue(country, out var template))
        {
            return null;
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var text = string.Concat(template.Select(c => c == '#' ? (char)('0' + random.Next(10)) : c));
            if (ValidPhoneNumber.TryParse(text, country) is { } number)
            {
                return number;
            }
        }

        return null;
    }
}
