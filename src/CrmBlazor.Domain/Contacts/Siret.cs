namespace CrmBlazor.Domain.Contacts;

/// <summary>A SIRET: 14 digits passing the Luhn check; La Poste's establishments may instead have digits summing to a multiple of 5 (INSEE).</summary>
public static class Siret
{
    private const string LaPosteSiren = "356000000";

    public static bool IsValid(string? siret)
    {
        if (siret is null || siret.Length != ContactLimits.SiretLength || !siret.All(char.IsAsciiDigit))
        {
            return false;
        }

        return PassesLuhn(siret) || (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal) && siret.Sum(c => c - '0') % 5 == 0);
    }

    private static bool PassesLuhn(string siret)
    {
        var sum = 0;
        for (var i = 0; i < siret.Length; i++)
        {
            var digit = siret[siret.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
