using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

/// <summary>Reason codes of rejected and returned debits: a French label, and whether the gift should stop.</summary>
public sealed class SepaReasonCodesTests
{
    [Theory]
    [InlineData("AC04", "Compte clôturé")]
    [InlineData("am04", "Provision insuffisante")]
    [InlineData(" MD06 ", "Remboursement demandé par le débiteur")]
    [InlineData("MS02", "Refus du débiteur (motif non précisé)")]
    [InlineData("XY12", "Motif bancaire XY12")]
    [InlineData(null, "Motif bancaire non précisé")]
    public void Each_code_has_a_French_label_and_an_unknown_one_says_its_code(string? code, string label)
    {
        Assert.Equal(label, SepaReasonCodes.Label(code));
    }

    [Theory]
    [InlineData("AC01")]
    [InlineData("AC04")]
    [InlineData("AC06")]
    [InlineData("AG01")]
    [InlineData("MD01")]
    [InlineData("MD06")]
    [InlineData("MD07")]
    [InlineData("MS02")]
    [InlineData("SL01")]
    public void Lasting_causes_stop_the_gift(string code)
    {
        Assert.True(SepaReasonCodes.IsFinal(code));
    }

    [Theory]
    [InlineData("AM04")]
    [InlineData("MS03")]
    [InlineData("AM05")]
    [InlineData("FF01")]
    [InlineData("MD02")]
    [InlineData("RR04")]
    [InlineData("XY12")]
    [InlineData(null)]
    public void Temporary_technical_or_unknown_causes_do_not(string? code)
    {
        Assert.False(SepaReasonCodes.IsFinal(code));
    }

    [Fact]
    public void The_codes_of_the_EPC_guidance_are_all_known()
    {
        string[] codes = ["AC01", "AC04", "AC06", "AG01", "AG02", "AM04", "AM05", "BE05", "FF01", "MD01", "MD02", "MD06", "MD07", "MS02", "MS03", "RC01", "RR01", "RR02", "RR03", "RR04", "SL01"];

        Assert.All(codes, code => Assert.True(SepaReasonCodes.IsKnown(code), code));
    }
}
