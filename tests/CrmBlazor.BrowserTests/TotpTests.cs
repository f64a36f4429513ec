namespace CrmBlazor.BrowserTests;

/// <summary>The tests' authenticator must compute what a phone app does, or every 2FA step would fail for the wrong reason.</summary>
public sealed class TotpTests
{
    // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", whose 8-digit codes end in these 6 digits.
    private const string RfcSecret = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq";

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Codes_match_the_RFC_6238_test_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcSecret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Remaining_time_counts_down_to_the_next_step() =>
        Assert.Equal(TimeSpan.FromSeconds(1), Totp.RemainingInStep(DateTimeOffset.FromUnixTimeSeconds(59)));
}
