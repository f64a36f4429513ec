using System.Net;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;

namespace CrmBlazor.IntegrationTests.Batches;

/// <summary>Batches for operators, deposits for supervisors, the catalogue and the organisation for administrators.</summary>
public sealed class MoneyPagesAuthorizationTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string Batches = "/lots";
    private const string Deposits = "/remises";
    private const string Products = "/administration/produits";
    private const string Organisation = "/administration/organisme";

    [Fact]
    public async Task Operator_opens_the_batches_but_gets_403_on_deposits_products_and_organisation()
    {
        var operatorAccount = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();
        await session.SignInAsync(operatorAccount);

        using var batches = await session.GetAsync(Batches);

        Assert.Equal(HttpStatusCode.OK, batches.StatusCode);
        foreach (var path in new[] { Deposits, Products, Organisation })
        {
            using var response = await session.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path} answered {(int)response.StatusCode} to an operator.");
        }
    }

    [Fact]
    public async Task Operator_sees_a_batch_with_its_cheques_and_what_remains_to_enter()
    {
        var operatorAccount = await App.CreateStaffAsync(StaffRoles.Operator);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame);
        var batch = await App.OpenBatchAsync(3, 180m, "Courrier du 2 mars");
        await App.ReceiveChequeAsync(batch.Id, marie.Id, 50m, "Crédit Agricole", "7000001");
        using var session = NewSession();
        await session.SignInAsync(operatorAccount);

        var text = Html.Text(await session.GetPageAsync($"{Batches}/{batch.Id}"));

        foreach (var expected in new[] { $"Lot n° {batch.Number}", "Courrier du 2 mars", "Mme Marie LEFÈVRE", "7000001", "Reste 2 encaissements / 130,00 €" })
        {
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"« {expected} » is missing from the batch page:\n{text}");
        }

        Assert.DoesNotContain("Valider le lot", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_opens_batches_and_deposits_but_not_the_administration_pages()
    {
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor, twoFactor: true);
        using var session = NewSession();
        await session.SignInAsync(supervisor);

        foreach (var (path, expected) in new[]
                 {
                     (Batches, HttpStatusCode.OK), (Deposits, HttpStatusCode.OK),
                     (Products, HttpStatusCode.Forbidden), (Organisation, HttpStatusCode.Forbidden),
                 })
        {
            using var response = await session.GetAsync(path);
            Assert.True(response.StatusCode == expected, $"{path} answered {(int)response.StatusCode} to a supervisor, expected {(int)expected}.");
        }
    }

    [Theory]
    [InlineData(Products)]
    [InlineData(Organisation)]
    [InlineData(Deposits)]
    public async Task Administrator_opens_the_catalogue_the_organisation_and_the_deposits(string path)
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, twoFactor: true);
        using var session = NewSession();
        await session.SignInAsync(administrator);

        var html = await session.GetPageAsync(path);

        Assert.DoesNotContain("Accès refusé", Html.Text(html), StringComparison.Ordinal);
    }
}
