using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

public sealed class SepaEndToEndTests
{
    [Fact]
    public void A_debit_s_end_to_end_id_names_its_donation()
    {
        Assert.Equal("CRMB-12345", SepaEndToEnd.For(12345));
        Assert.Equal(12345, SepaEndToEnd.DonationId("CRMB-12345"));
    }

    [Theory]
    [InlineData("E2E-2026-04-000017")]
    [InlineData("CRMB-")]
    [InlineData("CRMB-0012")]
    [InlineData("CRMB-+12")]
    [InlineData("CRMB-12 ")]
    [InlineData("crmb-12")]
    [InlineData("NOTPROVIDED")]
    public void An_end_to_end_id_that_is_not_ours_names_no_donation(string endToEndId) =>
        Assert.Null(SepaEndToEnd.DonationId(endToEndId));
}
