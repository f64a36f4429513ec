using System.Net;
using CrmBlazor.Application.CodeLists;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.CodeLists;

/// <summary>The lists administrators keep for the contact record: codes unique per list, entries retired rather than deleted.</summary>
public sealed class CodeListTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string CodeListsPath = "/administration/listes";

    [Fact]
    public async Task An_added_entry_is_listed_in_capitals_active_and_journaled()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, displayName: "Anne Martin");

        var result = await SaveAsync(administrator, new SaveCodeListEntryCommand(CodeList.MarketingCodes, null, "gd", " Grand donateur "));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var entry = Assert.Single(await ListAsync(CodeList.MarketingCodes));
        Assert.Equal(("GD", "Grand donateur", true), (entry.Code, entry.Label, entry.IsActive));
        Assert.Empty(await ListAsync(CodeList.ScoreTypes));
        var journal = Assert.Single(await App.JournalAsync(), e => e.EntityType == "marketing_codes");
        Assert.Equal((JournalAction.Created, entry.Id.ToString(), "Anne Martin"), (journal.Action, journal.EntityKey, journal.ActorName));
    }

    [Fact]
    public async Task A_code_already_in_the_list_is_refused_in_French_but_other_lists_may_reuse_it()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);
        Assert.True((await SaveAsync(administrator, new SaveCodeListEntryCommand(CodeList.ScoreTypes, null, "IFI", "Score IFI"))).Succeeded);

        var duplicate = await SaveAsync(administrator, new SaveCodeListEntryCommand(CodeList.ScoreTypes, null, "ifi", "Autre score IFI"));
        var otherList = await SaveAsync(administrator, new SaveCodeListEntryCommand(CodeList.MarketingCodes, null, "IFI", "Assujetti IFI"));
        var invalid = await SaveAsync(administrator, new SaveCodeListEntryCommand(CodeList.ScoreTypes, null, "a b", ""));

        Assert.Equal(["Le code IFI existe déjà dans cette liste."], duplicate.Errors);
        Assert.True(otherList.Succeeded, string.Join(" ", otherList.Errors));
        Assert.Contains(Messages.Campaign_CodeCharacters, invalid.Errors);
        Assert.Contains("Le libellé est obligatoire.", invalid.Errors);
        var scores = Assert.Single(await ListAsync(CodeList.ScoreTypes));
        Assert.Equal("Score IFI", scores.Label);
    }

    [Fact]
    public async Task Renaming_keeps_the_code_and_deactivating_hides_the_entry_from_active_lists_until_reactivated()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);
        Assert.True((await SaveAsync(administrator, new SaveCodeListEntryCommand(CodeList.SuspensionCodes, null, "PRISON", "Incarcéré"))).Succeeded);
        var entry = Assert.Single(await ListAsync(CodeList.SuspensionCodes));

        var renamed = await SaveAsync(administrator, new SaveCodeListEntryCommand(CodeList.SuspensionCodes, entry.Id, "IGNORED", "Détenu"));
        var deactivated = await SetActiveAsync(administrator, CodeList.SuspensionCodes, entry.Id, active: false);

        Assert.True(renamed.Succeeded, string.Join(" ", renamed.Errors));
        Assert.True(deactivated.Succeeded, string.Join(" ", deactivated.Errors));
        Assert.Equal(("PRISON", "Détenu", false), Summary(Assert.Single(await ListAsync(CodeList.SuspensionCodes))));
        Assert.Empty(await ListAsync(CodeList.SuspensionCodes, activeOnly: true));

        var reactivated = await SetActiveAsync(administrator, CodeList.SuspensionCodes, entry.Id, active: true);

        Assert.True(reactivated.Succeeded, string.Join(" ", reactivated.Errors));
        Assert.Equal(("PRISON", "Détenu", true), Summary(Assert.Single(await ListAsync(CodeList.SuspensionCodes, activeOnly: true))));
        var gone = await SetActiveAsync(administrator, CodeList.MarketingCodes, entry.Id, active: false);
        Assert.Equal([Messages.CodeList_Gone], gone.Errors);
    }

    /// <summary>The reset between tests empties the lists, so the seed is read from a freshly migrated database of its own.</summary>
    [Fact]
    public async Task A_new_database_starts_with_the_suspension_codes_DCD_NPAI_and_DEM()
    {
        var name = $"crm_seed_{Guid.NewGuid():N}"[..24];
        var connectionString = await ScratchDatabase.CreateAsync(App.ConnectionString, name);
        try
        {
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddDbContextFactory<AppDbContext>(o => o
                    .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(AppDbContext.MigrationsHistoryTable))
                    .UseSnakeCaseNamingConvention())
                .AddScoped<ListCodeListHandler>()
                .BuildServiceProvider();
            await services.MigrateDatabaseAsync();
            await using var scope = services.CreateAsyncScope();

            var codes = await scope.ServiceProvider.GetRequiredService<ListCodeListHandler>().HandleAsync(CodeList.SuspensionCodes, activeOnly: true);

            Assert.Equal(["DCD", "DEM", "NPAI"], codes.Select(c => c.Code));
            Assert.Equal("Décédé", codes[0].Label);
        }
        finally
        {
            await ScratchDatabase.DropAsync(App.ConnectionString, name);
        }
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_and_operator_gets_403()
    {
        var operatorAccount = await App.CreateStaffAsync(StaffRoles.Operator);
        using var anonymous = NewSession();
        using var session = NewSession();
        await session.SignInAsync(operatorAccount);

        using var redirected = await anonymous.GetAsync(CodeListsPath);
        using var refused = await session.GetAsync(CodeListsPath);

        Assert.Equal(HttpStatusCode.Found, redirected.StatusCode);
        Assert.StartsWith(WebSession.SignInPath, WebSession.LocationOf(redirected), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Accès refusé", Html.Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_opens_the_page_on_the_suspension_codes()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, twoFactor: true);
        using var session = NewSession();
        await session.SignInAsync(administrator);

        var text = Html.Text(await session.GetPageAsync(CodeListsPath));

        Assert.Contains("Listes de codes", text, StringComparison.Ordinal);
        Assert.Contains("Un contact suspendu ne reçoit plus d'appels ni de courriers", text, StringComparison.Ordinal);
    }

    private static (string Code, string Label, bool IsActive) Summary(CodeListRow row) => (row.Code, row.Label, row.IsActive);

    private Task<CommandResult> SaveAsync(StaffAccount actor, SaveCodeListEntryCommand command) =>
        App.ActAsync(actor, s => s.GetRequiredService<SaveCodeListEntryHandler>().HandleAsync(command));

    private Task<CommandResult> SetActiveAsync(StaffAccount actor, CodeList list, long id, bool active) =>
        App.ActAsync(actor, s => s.GetRequiredService<SetCodeListEntryActiveHandler>().HandleAsync(new SetCodeListEntryActiveCommand(list, id, active)));

    private Task<IReadOnlyList<CodeListRow>> ListAsync(CodeList list, bool activeOnly = false) =>
        App.ActAsync(Actor.System("tests"), s => s.GetRequiredService<ListCodeListHandler>().HandleAsync(list, activeOnly));
}
