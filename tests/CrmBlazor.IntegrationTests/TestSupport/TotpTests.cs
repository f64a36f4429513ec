using System.Text;

namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>The tests' authenticator must be right before the 2FA tests can mean anything.</summary>
public sealed class TotpTests
{
    // RFC 6238 appendix B, SHA-1 seed "12345678901234567890"; the 8-digit values there end with these 6 digits.
    private const string RfcSeedBase32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Code_matches_RFC_6238_test_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcSeedBase32, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Base32_decoding_ignores_case_and_the_spaces_the_security_page_shows() =>
        Assert.Equal(Encoding.ASCII.GetBytes("12345678901234567890"), Totp.Base32Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));

    [Fact]
    public void Wrong_code_is_none_of_the_codes_identity_accepts_now()
    {
        var now = DateTimeOffset.UtcNow;
        var wrong = Totp.WrongCode(RfcSeedBase32);
        for (var step = -Totp.AcceptedDrift; step <= Totp.AcceptedDrift; step++)
        {
            Assert.NotEqual(Totp.Code(RfcSeedBase32, now.AddSeconds(step * Totp.StepSeconds)), wrong);
        }
    }

    [Fact]
    public void Remaining_time_counts_down_to_the_next_step() =>
        Assert.Equal(TimeSpan.FromSeconds(1), Totp.RemainingInStep(DateTimeOffset.FromUnixTimeSeconds(59)));
}
