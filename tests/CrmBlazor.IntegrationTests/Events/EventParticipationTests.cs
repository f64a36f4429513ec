using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Events;
using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Events;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Events;

/// <summary>Registrations fill the seats then the waiting list; paying the fee confirms; cancelling frees a seat for the next in line.</summary>
public sealed class EventParticipationTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Beyond_capacity_registrations_go_to_the_waiting_list_and_a_cancellation_promotes_the_first_in_line()
    {
        var eventId = await EventAsync(capacity: 1, fee: 15m);
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var marie = await App.CreatePersonAsync("Martin", "Marie");

        Assert.Equal(ParticipationStatus.Registered, await RegisterAsync(eventId, jean.Id));
        Assert.Equal(ParticipationStatus.WaitingList, await RegisterAsync(eventId, marie.Id));
        var again = await App.RunAsync<CommandResult<ParticipationStatus>, RegisterParticipantHandler>(h => h.HandleAsync(new(eventId, jean.Id)));
        Assert.False(again.Succeeded);

        var jeans = await ParticipationAsync(eventId, jean.Id);
        var cancel = await App.RunAsync<CommandResult, ChangeParticipationHandler>(h =>
            h.HandleAsync(new ChangeParticipationCommand(jeans.Id, jeans.Version, ParticipationChange.Cancel, "Empêché")));

        Assert.True(cancel.Succeeded, string.Join(" ", cancel.Errors));
        Assert.Equal(ParticipationStatus.Cancelled, (await ParticipationAsync(eventId, jean.Id)).Status);
        Assert.Equal(ParticipationStatus.Registered, (await ParticipationAsync(eventId, marie.Id)).Status);
    }

    [Fact]
    public async Task Paying_the_fee_confirms_the_registration_and_cancelling_the_payment_makes_it_due_again()
    {
        var eventId = await EventAsync(capacity: null, fee: 15m);
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        await RegisterAsync(eventId, jean.Id);
        var participation = await ParticipationAsync(eventId, jean.Id);

        var paymentId = await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 15m, Today) { EventFees = [new(participation.Id, 15m)] });

        Assert.Equal(ParticipationStatus.Confirmed, (await ParticipationAsync(eventId, jean.Id)).Status);
        var version = await App.QueryAsync(db => db.Payments.Where(p => p.Id == paymentId).Select(p => p.Version).SingleAsync());
        var cancelled = await App.ActAsync(Operator, s => s.GetRequiredService<CancelPaymentHandler>().HandleAsync(new CancelPaymentCommand(paymentId, version, "Erreur")));
        Assert.True(cancelled.Succeeded, string.Join(" ", cancelled.Errors));
        Assert.Equal(ParticipationStatus.Registered, (await ParticipationAsync(eventId, jean.Id)).Status);
    }

    [Fact]
    public async Task A_free_event_confirms_at_once()
    {
        var eventId = await EventAsync(capacity: 10, fee: 0m);
        var jean = await App.CreatePersonAsync("Dupont", "Jean");

        Assert.Equal(ParticipationStatus.Confirmed, await RegisterAsync(eventId, jean.Id));
    }

    [Fact]
    public async Task The_database_refuses_more_seated_participants_than_the_capacity()
    {
        var eventId = await EventAsync(capacity: 1, fee: 0m);
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var marie = await App.CreatePersonAsync("Martin", "Marie");
        await RegisterAsync(eventId, jean.Id);
        await RegisterAsync(eventId, marie.Id);

        await using var connection = await App.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("UPDATE event_participations SET status = 'Confirmed' WHERE event_id = @e", connection);
        command.Parameters.AddWithValue("e", eventId);
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal("ck_event_capacity", error.ConstraintName);
    }

    [Fact]
    public async Task The_participant_export_is_UTF8_with_BOM_semicolon_separated_with_French_status_labels()
    {
        var eventId = await EventAsync(capacity: 1, fee: 0m);
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var helene = await App.CreatePersonAsync("Hélène; Dité", "Zoé");
        await RegisterAsync(eventId, jean.Id);
        await RegisterAsync(eventId, helene.Id);

        var export = await App.RunAsync<(string FileName, byte[] Content)?, EventParticipantsHandler>(h => h.ExportAsync(eventId));

        var bytes = export!.Value.Content;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("N° adhérent;Nom;Statut;Inscrit le;Payé", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(";Confirmé;", lines[1]);
        Assert.Contains("\"", lines[2]);
        Assert.Contains(";Liste d'attente;", lines[2]);
    }

    private async Task<long> EventAsync(int? capacity, decimal fee)
    {
        var result = await App.RunAsync<CommandResult<long>, SaveEventHandler>(h =>
            h.HandleAsync(new SaveEventCommand(null, null, "Assemblée générale", Today.AddDays(20), Today.AddDays(20), "Salle des fêtes", capacity, fee)));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value;
    }

    private async Task<ParticipationStatus> RegisterAsync(long eventId, long contactId)
    {
        var result = await App.RunAsync<CommandResult<ParticipationStatus>, RegisterParticipantHandler>(h => h.HandleAsync(new(eventId, contactId)));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value;
    }

    private Task<EventParticipation> ParticipationAsync(long eventId, long contactId) =>
        App.QueryAsync(db => db.EventParticipations.AsNoTracking().SingleAsync(p => p.EventId == eventId && p.ContactId == contactId));
}
