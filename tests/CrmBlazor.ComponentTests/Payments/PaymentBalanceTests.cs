using Bunit;
using CrmBlazor.Web.Components.Pages.Contacts;

namespace CrmBlazor.ComponentTests.Payments;

/// <summary>The running sum on the entry form: lines against the payment, and what is left to split.</summary>
public sealed class PaymentBalanceTests : ComponentTest
{
    [Fact]
    public void Lines_short_of_the_payment_show_what_is_left_to_split_as_a_warning()
    {
        var balance = RenderBalance(amount: 80m, lines: 50m);

        Assert.Equal("reste à répartir 30,00 €", balance.Find("[data-testid=payment-remaining]").TextContent);
        Assert.Contains("Lignes 50,00 €", balance.Markup, StringComparison.Ordinal);
        Assert.Contains("encaissement 80,00 €", balance.Markup, StringComparison.Ordinal);
        Assert.Contains("warning", balance.Find(".mud-alert").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_equal_to_the_payment_read_as_fully_split()
    {
        var balance = RenderBalance(amount: 80m, lines: 80m);

        Assert.Equal("réparti en totalité", balance.Find("[data-testid=payment-remaining]").TextContent);
        Assert.Contains("success", balance.Find(".mud-alert").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_beyond_the_payment_show_the_excess_as_an_error()
    {
        var balance = RenderBalance(amount: 80m, lines: 1_090.50m);

        Assert.Equal("les lignes dépassent de 1\u202F010,50 €", balance.Find("[data-testid=payment-remaining]").TextContent);
        Assert.Contains("error", balance.Find(".mud-alert").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_amount_nothing_reads_as_balanced()
    {
        var balance = RenderBalance(amount: null, lines: 0m);

        Assert.Equal("reste à répartir 0,00 €", balance.Find("[data-testid=payment-remaining]").TextContent);
        Assert.DoesNotContain("success", balance.Find(".mud-alert").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sum_follows_the_lines_as_they_change()
    {
        var balance = RenderBalance(amount: 80m, lines: 0m);

        balance.Render(p => p.Add(b => b.LinesTotal, 50m));
        Assert.Equal("reste à répartir 30,00 €", balance.Find("[data-testid=payment-remaining]").TextContent);
        balance.Render(p => p.Add(b => b.LinesTotal, 80m));
        Assert.Equal("réparti en totalité", balance.Find("[data-testid=payment-remaining]").TextContent);
    }

    private IRenderedComponent<PaymentBalance> RenderBalance(decimal? amount, decimal lines) =>
        Render<PaymentBalance>(p => p.Add(b => b.Amount, amount).Add(b => b.LinesTotal, lines));
}
