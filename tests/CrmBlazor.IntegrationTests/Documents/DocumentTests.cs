using System.Net;
using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Documents;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Documents;

/// <summary>The GED: uploaded files are kept in PostgreSQL with the contact; every download is recorded and journaled.</summary>
public sealed class DocumentTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly byte[] ScannedLetter = Encoding.UTF8.GetBytes("Lettre de Mme Dupont : merci pour le reçu.");

    [Fact]
    public async Task Uploaded_file_is_listed_on_the_contact_with_who_and_how_it_came_in()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Marie");

        var result = await UploadAsync(anne, contact.Id, "Lettre de remerciement", "lettre.txt", "text/plain", ScannedLetter);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var page = await App.ActAsync(anne, s => s.GetRequiredService<ContactDocumentsHandler>().HandleAsync(contact.Id, new PageRequest(0, 25)));
        var row = Assert.Single(page.Items);
        Assert.Equal(("Lettre de remerciement", DocumentKind.Upload, anne.DisplayName), (row.Title, row.Kind, row.CreatedBy));
        var delivery = Assert.Single(row.Deliveries);
        Assert.Equal(DeliveryChannel.Upload, delivery.Channel);
    }

    [Fact]
    public async Task A_file_type_that_is_not_a_document_is_refused_in_French_and_nothing_is_stored()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Marie");

        var result = await UploadAsync(anne, contact.Id, "Programme", "setup.exe", "application/x-msdownload", [1, 2, 3]);

        Assert.Equal([Messages.Document_TypeRefused], result.Errors);
        Assert.Equal(0, await App.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.Set<Infrastructure.Documents.StoredContent>().CountAsync()));
    }

    [Fact]
    public async Task Download_through_the_endpoint_returns_the_bytes_and_is_journaled_on_the_contact()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Marie");
        var documentId = (await UploadAsync(anne, contact.Id, "Lettre", "lettre.txt", "text/plain", ScannedLetter)).Value;
        using var session = NewSession();
        await session.SignInAsync(anne);

        using var response = await session.GetAsync($"/documents/{documentId}/contenu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ScannedLetter, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("lettre.txt", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var deliveries = await App.QueryAsync(db => db.DocumentDeliveries.AsNoTracking().Where(d => d.DocumentId == documentId)
            .OrderBy(d => d.Id).Select(d => new { d.Channel, d.By }).ToListAsync());
        Assert.Equal([DeliveryChannel.Upload, DeliveryChannel.Download], deliveries.Select(d => d.Channel));
        Assert.Equal(anne.DisplayName, deliveries[1].By);
        var journal = await App.JournalAsync();
        Assert.Contains(journal, e => e.EntityType == "document_deliveries" && e.ContactId == contact.Id && e.ActorName == anne.DisplayName
            && e.Changes.Any(c => c.Field == "Channel" && c.New == "Download"));
    }

    [Fact]
    public async Task Anonymous_visitor_cannot_download_a_document()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Marie");
        var documentId = (await UploadAsync(anne, contact.Id, "Lettre", "lettre.txt", "text/plain", ScannedLetter)).Value;
        using var session = NewSession();

        using var response = await session.GetAsync($"/documents/{documentId}/contenu");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(1, await App.QueryAsync(db => db.DocumentDeliveries.CountAsync()));
    }

    [Fact]
    public async Task Unknown_document_is_a_404()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();
        await session.SignInAsync(anne);

        using var response = await session.GetAsync("/documents/987654/contenu");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<CommandResult<long>> UploadAsync(StaffAccount who, long contactId, string title, string fileName, string type, byte[] content) =>
        App.ActAsync(who, s => s.GetRequiredService<UploadDocumentHandler>().HandleAsync(new UploadDocument(contactId, title, fileName, type, content)));
}
