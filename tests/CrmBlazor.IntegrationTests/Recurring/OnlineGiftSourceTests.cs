using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CrmBlazor.Application.Jobs;
using CrmBlazor.Application.Recurring.Online;
using CrmBlazor.Domain.Jobs;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using CrmBlazor.Web.Recurring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>The two doors of the online gifts: the API endpoint (its key) and the nightly job reading the inbox folder.</summary>
public sealed class OnlineGiftSourceTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string Json =
        """
        [
          { "transaction_id": "PP-88", "collected_on": "2026-01-10", "channel": "paypal", "amount": 30, "periodicity": "quarterly",
            "provider_reference": "I-BW452GLLEP1G", "first_name": "Jean", "last_name": "Martin", "email": "jean.martin@example.org" },
          { "transaction_id": "PP-89", "collected_on": "2026-01-11", "channel": "paypal", "amount": "abc", "periodicity": "monthly",
            "last_name": "Faux" }
        ]
        """;

    [Fact]
    public async Task The_endpoint_refuses_calls_without_the_key_even_from_signed_in_staff_and_imports_with_it()
    {
        await App.GenericCampaignAsync();
        using var anonymous = NewSession();

        using var noKey = await anonymous.Client.PostAsync(OnlineGiftEndpoints.Path, JsonBody());
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using var wrongKey = await PostAsync(anonymous, "pas-la-bonne-cle");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);

        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, twoFactor: true);
        using var staff = NewSession();
        await staff.SignInAsync(administrator);
        using var cookieOnly = await staff.Client.PostAsync(OnlineGiftEndpoints.Path, JsonBody());
        Assert.Equal(HttpStatusCode.Unauthorized, cookieOnly.StatusCode);
        Assert.Equal(0, await App.QueryAsync(db => db.ProviderImports.CountAsync()));

        using var accepted = await PostAsync(anonymous, CrmAppFactory.OnlineApiKey);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using var summary = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync());
        var root = summary.RootElement;
        Assert.Equal("Imported", root.GetProperty("status").GetString());
        Assert.Equal((2, 1, 1), (root.GetProperty("lines").GetInt32(), root.GetProperty("applied").GetInt32(), root.GetProperty("rejected").GetInt32()));
        var problem = root.GetProperty("problems")[0];
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.StartsWith("Montant invalide : « abc »", problem.GetProperty("reason").GetString());
        var gift = await App.QueryAsync(db => db.RecurringGifts.AsNoTracking().SingleAsync());
        Assert.Equal(("I-BW452GLLEP1G", new DateOnly(2026, 4, 10)), (gift.ProviderReference, gift.NextDueOn));
        var import = await App.QueryAsync(db => db.ProviderImports.AsNoTracking().SingleAsync());
        Assert.Equal("Système · collecte web (API)", import.ImportedBy);

        using var again = await PostAsync(anonymous, CrmAppFactory.OnlineApiKey);
        using var repeated = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("AlreadyImported", repeated.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, await App.QueryAsync(db => db.RecurringGifts.CountAsync()));
    }

    [Fact]
    public async Task The_endpoint_refuses_another_content_type()
    {
        using var session = NewSession();
        using var request = new HttpRequestMessage(HttpMethod.Post, OnlineGiftEndpoints.Path) { Content = new StringContent("x", Encoding.UTF8, "text/plain") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CrmAppFactory.OnlineApiKey);

        using var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_job_imports_the_inbox_files_moves_them_to_traites_and_an_unreadable_one_to_rejetes_with_its_reason()
    {
        await App.GenericCampaignAsync();
        var inbox = App.Factory.OnlineInbox;
        if (Directory.Exists(inbox))
        {
            Directory.Delete(inbox, recursive: true);
        }

        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "2026-06-01.csv"), OnlineGiftTestData.Csv(
            "PZ-30;2026-06-01;card;11.00;monthly;;;;;;;;;Nina;Job;nina@example.org;;;;;"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "casse.csv"), "nom;montant\nDupont;10\n");
        await File.WriteAllTextAsync(Path.Combine(inbox, "lisez-moi.txt"), "pas un fichier de dons");
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);

        var triggered = await App.ActAsync(administrator, s => s.GetRequiredService<TriggerJobHandler>()
            .HandleAsync(new TriggerJobCommand(JobCatalog.OnlineGifts.Name)));

        Assert.True(triggered.Succeeded, string.Join(" ", triggered.Errors));
        var run = await WaitForFinishedRunAsync();
        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        Assert.Equal("1 fichier(s) traité(s), 1 rejeté(s), 0 déjà importé(s) ; 1 don(s) enregistré(s), 0 ligne(s) refusée(s).", run.Message);
        Assert.Equal(["lisez-moi.txt"], Directory.GetFiles(inbox).Select(f => Path.GetFileName(f)!).ToList());
        Assert.True(File.Exists(Path.Combine(inbox, OnlineGiftInbox.ProcessedFolder, "2026-06-01.csv")));
        Assert.True(File.Exists(Path.Combine(inbox, OnlineGiftInbox.RejectedFolder, "casse.csv")));
        var reason = await File.ReadAllTextAsync(Path.Combine(inbox, OnlineGiftInbox.RejectedFolder, "casse.csv.txt"));
        Assert.Contains("Colonnes obligatoires absentes de l'en-tête : transaction_id, collected_on, channel, amount, periodicity.", reason);
        var import = await App.QueryAsync(db => db.ProviderImports.AsNoTracking().SingleAsync());
        Assert.Equal(("2026-06-01.csv", 1, "Système · collecte web"), (import.FileName, import.Applied, import.ImportedBy));
        Assert.Equal(1, await App.QueryAsync(db => db.Donations.CountAsync()));
    }

    private static StringContent JsonBody() => new(Json, Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> PostAsync(WebSession session, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, OnlineGiftEndpoints.Path) { Content = JsonBody() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return session.Client.SendAsync(request);
    }

    private async Task<JobRun> WaitForFinishedRunAsync()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            var run = await App.QueryAsync(db => db.JobRuns.AsNoTracking().Where(r => r.JobName == JobCatalog.OnlineGifts.Name).SingleOrDefaultAsync());
            if (run is { Outcome: not JobOutcome.Running })
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The online-gifts run did not finish.");
    }
}
