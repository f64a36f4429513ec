using PhoneNumbers;

namespace CrmBlazor.Domain.Contacts;

/// <summary>A phone number libphonenumber accepted, in the forms the record stores.</summary>
public sealed record ValidPhoneNumber(string E164, string Display, string NationalDigits)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Reads what staff typed (« 06 12 34 56 78 », « +44 20 7946 0958 »); numbers without a prefix are French.</summary>
    public static ValidPhoneNumber? TryParse(string? text, string defaultRegion = "FR")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(text, defaultRegion);
        }
        catch (NumberParseException)
        {
            return null;
        }

        if (!Util.IsValidNumber(number))
        {
            return null;
        }

        var region = Util.GetRegionCodeForNumber(number);
        var display = region == "FR"
            ? Util.Format(number, PhoneNumberFormat.NATIONAL)
            : Util.Format(number, PhoneNumberFormat.INTERNATIONAL);
        return new ValidPhoneNumber(
            Util.Format(number, PhoneNumberFormat.E164), display, number.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The digits quick search compares: « 06 12 34 » → « 61234 », « +33 6 12 » → « 612 ».</summary>
    public static string SearchDigitsOf(string typed)
    {
        var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
        if (typed.TrimStart().StartsWith('+') && digits.StartsWith("33", StringComparison.Ordinal))
        {
            return digits[2..].TrimStart('0');
        }

        return digits.StartsWith("0033", StringComparison.Ordinal) ? digits[4..].TrimStart('0') : digits.TrimStart('0');
    }
}
