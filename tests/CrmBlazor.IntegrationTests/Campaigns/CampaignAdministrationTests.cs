using System.Net;
using CrmBlazor.Application.Campaigns;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Campaigns;

/// <summary>An administrator's campaigns: unique codes, concurrency-checked edits, closing, the generic campaign kept open, journaled.</summary>
public sealed class CampaignAdministrationTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string CampaignsPath = "/campagnes";
    private static readonly DateOnly Spring = new(2026, 3, 1);

    [Fact]
    public async Task Creating_a_campaign_lists_it_and_journals_it_with_the_administrator_as_actor()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, displayName: "Anne Martin");

        var result = await SaveAsync(administrator, New("printemps26", "Appel de printemps") with
        {
            Channel = CampaignChannel.Email, EndsOn = Spring.AddMonths(2), Cost = 1234.5m, RecipientCount = 12000,
        });

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var row = await RowAsync(administrator, "PRINTEMPS26");
        Assert.Equal(
            ("Appel de printemps", CampaignChannel.Email, Spring, (DateOnly?)Spring.AddMonths(2), (decimal?)1234.5m, (int?)12000, false, (DateOnly?)null, 0),
            (row.Name, row.Channel, row.StartsOn, row.EndsOn, row.Cost, row.RecipientCount, row.IsGeneric, row.ClosedOn, row.Receptions));

        await using var connection = await App.OpenConnectionAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT action, actor_name, entity_key,
                   jsonb_path_exists(changes, '$[*] ? (@.field == "Code" && @.new == "PRINTEMPS26")')
            FROM journal_entries WHERE entity_type = 'campaigns'
            """,
            connection);
        await using var reader = await query.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "No journal row for the new campaign.");
        Assert.Equal(
            (nameof(JournalAction.Created), "Anne Martin", row.Id.ToString(), true),
            (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
        Assert.False(await reader.ReadAsync(), "More than one journal row for one new campaign.");
    }

    [Fact]
    public async Task A_taken_code_is_refused_in_French_whatever_its_case()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);
        var first = await SaveAsync(administrator, New("NOEL26", "Noël"));
        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        var other = await SaveAsync(administrator, New("ETE26", "Été"));
        Assert.True(other.Succeeded, string.Join(" ", other.Errors));

        var duplicate = await SaveAsync(administrator, New("noel26", "Autre Noël"));
        var renamedOnto = await SaveAsync(administrator, await EditOfAsync(administrator, "ETE26") with { Code = "Noel26" });

        Assert.Equal(["Le code NOEL26 est déjà utilisé."], duplicate.Errors);
        Assert.Equal([string.Format(Messages.Campaign_CodeTaken, "NOEL26")], renamedOnto.Errors);
        Assert.Equal(2, await App.QueryAsync(db => db.Campaigns.CountAsync()));
    }

    [Fact]
    public async Task Invalid_input_comes_back_as_French_messages()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);

        var result = await SaveAsync(administrator, New("", "") with { EndsOn = Spring.AddDays(-1), Cost = -5m });

        Assert.Contains("Le code de la campagne est obligatoire.", result.Errors);
        Assert.Contains("Le nom de la campagne est obligatoire.", result.Errors);
        Assert.Contains("La date de fin précède la date de début.", result.Errors);
        Assert.Contains(Messages.Campaign_CostNegative, result.Errors);
        Assert.Equal(0, await App.QueryAsync(db => db.Campaigns.CountAsync()));
    }

    [Fact]
    public async Task An_edit_from_a_stale_screen_is_refused_with_the_conflict_message()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);
        Assert.True((await SaveAsync(administrator, New("LEGS26", "Brochure legs"))).Succeeded);
        var loadedByBoth = await EditOfAsync(administrator, "LEGS26");

        var first = await SaveAsync(administrator, loadedByBoth with { Name = "Brochure legs 2026" });
        var stale = await SaveAsync(administrator, loadedByBoth with { Name = "Brochure testaments" });
        var closeStale = await App.ActAsync(administrator, s => s.GetRequiredService<CloseCampaignHandler>()
            .HandleAsync(new CloseCampaignCommand(loadedByBoth.Id!.Value, loadedByBoth.Version, Close: true)));

        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        const string conflict = "La campagne LEGS26 a été modifiée entre-temps (nom actuel : « Brochure legs 2026 »). Vos modifications n'ont pas été enregistrées.";
        Assert.Equal([conflict], stale.Errors);
        Assert.Equal([conflict], closeStale.Errors);
        var row = await RowAsync(administrator, "LEGS26");
        Assert.Equal(("Brochure legs 2026", (DateOnly?)null), (row.Name, row.ClosedOn));
    }

    [Fact]
    public async Task A_closed_campaign_leaves_the_choices_and_the_default_list_until_reopened()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);
        await CreateGenericAsync();
        Assert.True((await SaveAsync(administrator, New("RELANCE26", "Relance téléphonique") with { Channel = CampaignChannel.Phone })).Succeeded);
        Assert.True((await SaveAsync(administrator, New("WEB26", "Formulaire web") with { StartsOn = Spring.AddDays(10) })).Succeeded);
        Assert.Equal(["GENERIQUE", "WEB26", "RELANCE26"], (await ChoicesAsync(administrator, null)).Select(c => c.Code));

        var relance = await RowAsync(administrator, "RELANCE26");
        var closed = await CloseAsync(administrator, relance, close: true);

        Assert.True(closed.Succeeded, string.Join(" ", closed.Errors));
        var choices = await ChoicesAsync(administrator, null);
        Assert.Equal(["GENERIQUE", "WEB26"], choices.Select(c => c.Code));
        Assert.True(choices[0].IsGeneric);
        Assert.Empty(await ChoicesAsync(administrator, "relance"));
        var openOnly = await ListAsync(administrator, includeClosed: false);
        Assert.DoesNotContain(openOnly.Items, c => c.Code == "RELANCE26");
        var closedRow = await RowAsync(administrator, "RELANCE26");
        Assert.Equal(ParisTime.Today(App.Services.GetRequiredService<TimeProvider>()), closedRow.ClosedOn);

        var reopened = await CloseAsync(administrator, closedRow, close: false);

        Assert.True(reopened.Succeeded, string.Join(" ", reopened.Errors));
        Assert.Contains(await ChoicesAsync(administrator, "relance"), c => c.Code == "RELANCE26");
        Assert.Null((await RowAsync(administrator, "RELANCE26")).ClosedOn);
    }

    [Fact]
    public async Task The_generic_campaign_comes_first_and_cannot_be_closed()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);
        await CreateGenericAsync();
        Assert.True((await SaveAsync(administrator, New("ZZZ26", "Campagne récente") with { StartsOn = new DateOnly(2026, 12, 1) })).Succeeded);

        var generic = await RowAsync(administrator, "GENERIQUE");
        var result = await CloseAsync(administrator, generic, close: true);

        Assert.Equal(["La campagne générique ne peut pas être clôturée."], result.Errors);
        Assert.Null((await RowAsync(administrator, "GENERIQUE")).ClosedOn);
        Assert.Equal("GENERIQUE", (await ListAsync(administrator, includeClosed: true)).Items[0].Code);
        var first = (await ChoicesAsync(administrator, null))[0];
        Assert.Equal(("GENERIQUE", true), (first.Code, first.IsGeneric));
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        using var session = NewSession();

        using var response = await session.GetAsync(CampaignsPath);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = new Uri(new Uri("http://localhost"), WebSession.LocationOf(response));
        Assert.Equal(WebSession.SignInPath, location.AbsolutePath);
        Assert.Equal($"?ReturnUrl={Uri.EscapeDataString(CampaignsPath)}", location.Query);
    }

    [Theory]
    [InlineData(StaffRoles.Operator, false)]
    [InlineData(StaffRoles.Supervisor, true)]
    public async Task Non_administrators_get_403(string role, bool twoFactor)
    {
        var member = await App.CreateStaffAsync(role, twoFactor);
        using var session = NewSession();
        await session.SignInAsync(member);

        using var response = await session.GetAsync(CampaignsPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Accès refusé", Html.Text(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_opens_the_campaigns_page()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, twoFactor: true);
        using var session = NewSession();
        await session.SignInAsync(administrator);

        var text = Html.Text(await session.GetPageAsync(CampaignsPath));

        Assert.Contains("Afficher les campagnes clôturées", text, StringComparison.Ordinal);
        Assert.Contains("Nouvelle campagne", text, StringComparison.Ordinal);
    }

    private static SaveCampaignCommand New(string code, string name) =>
        new(null, 0, code, name, CampaignChannel.Mail, Spring, null, null, null);

    private Task<CommandResult> SaveAsync(StaffAccount actor, SaveCampaignCommand command) =>
        App.ActAsync(actor, s => s.GetRequiredService<SaveCampaignHandler>().HandleAsync(command));

    private Task<CommandResult> CloseAsync(StaffAccount actor, CampaignRow campaign, bool close) =>
        App.ActAsync(actor, s => s.GetRequiredService<CloseCampaignHandler>().HandleAsync(new CloseCampaignCommand(campaign.Id, campaign.Version, close)));

    private Task<PagedResult<CampaignRow>> ListAsync(StaffAccount actor, bool includeClosed, string? text = null) =>
        App.ActAsync(actor, s => s.GetRequiredService<ListCampaignsHandler>().HandleAsync(new ListCampaignsQuery(text, includeClosed, new PageRequest(0, 50))));

    private Task<IReadOnlyList<CampaignChoice>> ChoicesAsync(StaffAccount actor, string? text) =>
        App.ActAsync(actor, s => s.GetRequiredService<CampaignChoicesHandler>().HandleAsync(text));

    private async Task<CampaignRow> RowAsync(StaffAccount actor, string code) =>
        Assert.Single((await ListAsync(actor, includeClosed: true, code)).Items, c => c.Code == code);

    /// <summary>The command the edit dialog would send for <paramref name="code"/>, as loaded now.</summary>
    private async Task<SaveCampaignCommand> EditOfAsync(StaffAccount actor, string code)
    {
        var row = await RowAsync(actor, code);
        return new SaveCampaignCommand(row.Id, row.Version, row.Code, row.Name, row.Channel, row.StartsOn, row.EndsOn, row.Cost, row.RecipientCount);
    }

    /// <summary>The reset between tests removes the generic campaign the migration seeds: it is put back as the migration does.</summary>
    private Task<long> CreateGenericAsync() =>
        App.ActAsync(Actor.System("tests"), async s =>
        {
            await using var db = await s.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            var generic = Campaign.Create("GENERIQUE", "Campagne générique", CampaignChannel.Mail, new DateOnly(2000, 1, 1), isGeneric: true);
            db.Campaigns.Add(generic);
            await db.SaveChangesAsync();
            return generic.Id;
        });
}
