using CrmBlazor.Application.Common;
using CrmBlazor.Application.Products;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Products;

/// <summary>The product catalogue: unique codes, concurrency-checked edits, withdrawn items no longer orderable.</summary>
public sealed class ProductCatalogueTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly Actor Administrator = Actor.Staff(Guid.NewGuid().ToString(), "Anne Administratrice");

    [Fact]
    public async Task A_taken_code_is_refused_in_French_whatever_its_case()
    {
        Assert.True((await CreateAsync("cal26", "Calendrier 2026", 12m)).Succeeded);

        var duplicate = await CreateAsync(" Cal26 ", "Autre calendrier", 15m);

        Assert.Equal(["Le code CAL26 est déjà utilisé par un autre article."], duplicate.Errors);
        var row = Assert.Single(await ListAsync(includeWithdrawn: true));
        Assert.Equal(("CAL26", "Calendrier 2026", 12m, true), (row.Code, row.Name, row.UnitPrice, row.IsActive));
    }

    [Fact]
    public async Task Invalid_input_comes_back_as_French_messages()
    {
        var result = await CreateAsync("LIVRE 2026", "", 0.001m);

        Assert.Equal([Messages.Product_CodeCharacters, Messages.Product_NameRequired, Messages.Product_PriceInvalid], result.Errors);
        Assert.Empty(await ListAsync(includeWithdrawn: true));
    }

    [Fact]
    public async Task An_edit_from_a_stale_screen_is_refused_and_the_first_edit_kept()
    {
        await CreateAsync("LIVRE", "Livre des 50 ans", 25m);
        var seen = (await ListAsync()).Single();

        var first = await EditAsync(new EditProductCommand(seen.Id, seen.Version, "Livre des 50 ans (réédition)", 28m));
        var stale = await EditAsync(new EditProductCommand(seen.Id, seen.Version, "Livre anniversaire", 20m));
        var staleWithdraw = await SetActiveAsync(seen, active: false);

        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        const string conflict = "L'article LIVRE a été modifié entre-temps (actuellement « Livre des 50 ans (réédition) » à 28,00 €). Vos modifications n'ont pas été enregistrées.";
        Assert.Equal([conflict], stale.Errors);
        Assert.Equal(stale.Errors, staleWithdraw.Errors);
        var row = (await ListAsync()).Single();
        Assert.Equal(("Livre des 50 ans (réédition)", 28m, true), (row.Name, row.UnitPrice, row.IsActive));
    }

    [Fact]
    public async Task A_withdrawn_product_leaves_the_default_list_and_cannot_be_ordered_until_reinstated()
    {
        await CreateAsync("AGENDA", "Agenda de poche", 8.5m);
        var seen = (await ListAsync()).Single();

        var withdrawn = await SetActiveAsync(seen, active: false);

        Assert.True(withdrawn.Succeeded, string.Join(" ", withdrawn.Errors));
        Assert.Empty(await ListAsync());
        var row = Assert.Single(await ListAsync(includeWithdrawn: true));
        Assert.False(row.IsActive);
        var product = await App.QueryAsync(db => db.Products.AsNoTracking().SingleAsync());
        var refusal = Assert.Throws<DomainException>(() => Order.FromPayment(TransferOf(8.5m), [(product, 1)]));
        Assert.Equal("L'article AGENDA n'est plus au catalogue.", refusal.Message);

        var reinstated = await SetActiveAsync(row, active: true);

        Assert.True(reinstated.Succeeded, string.Join(" ", reinstated.Errors));
        var again = await App.QueryAsync(db => db.Products.AsNoTracking().SingleAsync());
        Assert.Equal(17m, Order.FromPayment(TransferOf(17m), [(again, 2)]).Amount);
    }

    private static Payment TransferOf(decimal amount) =>
        Payment.Receive(1, PaymentMethod.Transfer, amount, new DateOnly(2026, 3, 2), 1, DateTimeOffset.UtcNow);

    private Task<CommandResult> CreateAsync(string code, string name, decimal price) =>
        App.ActAsync(Administrator, s => s.GetRequiredService<CreateProductHandler>().HandleAsync(new CreateProductCommand(code, name, price)));

    private Task<CommandResult> EditAsync(EditProductCommand command) =>
        App.ActAsync(Administrator, s => s.GetRequiredService<EditProductHandler>().HandleAsync(command));

    private Task<CommandResult> SetActiveAsync(ProductRow product, bool active) =>
        App.ActAsync(Administrator, s => s.GetRequiredService<SetProductActiveHandler>().HandleAsync(new SetProductActiveCommand(product.Id, product.Version, active)));

    private async Task<IReadOnlyList<ProductRow>> ListAsync(bool includeWithdrawn = false) =>
        (await App.ActAsync(Administrator, s => s.GetRequiredService<ListProductsHandler>()
            .HandleAsync(new ListProductsQuery(null, includeWithdrawn, new PageRequest(0, 50))))).Items;
}
