using CrmBlazor.Application.Mail;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Mail;

namespace CrmBlazor.UnitTests.Mail;

public sealed class EmailRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("5.1.1", BounceKind.Permanent)]
    [InlineData("5.7.1", BounceKind.Permanent)]
    [InlineData("4.2.2", BounceKind.Temporary)]
    [InlineData(" 4.4.7 ", BounceKind.Temporary)]
    [InlineData("2.0.0", null)]
    [InlineData("550", null)]
    [InlineData("5.1", null)]
    [InlineData("x.1.1", null)]
    [InlineData("", null)]
    public void A_status_code_is_permanent_when_5xx_and_temporary_when_4xx(string status, BounceKind? expected) =>
        Assert.Equal(expected, BounceStatus.Classify(status));

    [Fact]
    public void The_back_off_doubles_from_the_base_delay_up_to_the_cap()
    {
        var retry = new OutboxRetry(TimeSpan.FromMinutes(2), 6, TimeSpan.FromMinutes(10));

        Assert.Equal(
            [TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10)],
            Enumerable.Range(1, 5).Select(retry.DelayAfter));
    }

    [Fact]
    public void A_message_waits_after_a_temporary_refusal_and_fails_at_the_last_attempt_or_on_a_permanent_one()
    {
        var retry = new OutboxRetry(TimeSpan.FromMinutes(1), 2, TimeSpan.FromHours(1));
        var message = OutboxMessage.Queue(1, "a@example.fr", "Objet", "Corps", null, Now);

        message.RecordFailure("451 4.3.0 later", permanent: false, Now, retry);
        Assert.Equal((OutboxStatus.Queued, Now.AddMinutes(1)), (message.Status, message.NextAttemptAt));
        Assert.False(message.IsDue(Now));
        Assert.True(message.IsDue(Now.AddMinutes(1)));
        message.RecordFailure("451 4.3.0 later", permanent: false, Now.AddMinutes(1), retry);
        Assert.Equal((OutboxStatus.Failed, 2), (message.Status, message.Attempts));

        var refused = OutboxMessage.Queue(1, "b@example.fr", "Objet", "Corps", null, Now);
        refused.RecordFailure("550 5.1.1 unknown", permanent: true, Now, retry);
        Assert.Equal((OutboxStatus.Failed, "550 5.1.1 unknown"), (refused.Status, refused.LastError));
        Assert.Throws<Domain.Common.DomainException>(() => refused.RecordSent(Now));
    }

    [Fact]
    public void An_address_becomes_unusable_on_a_permanent_bounce_or_at_the_temporary_limit_and_a_correction_resets_the_count()
    {
        var email = ContactEmail.Enter(1, "jean@example.fr", new DateOnly(2026, 1, 1), 1);

        Assert.False(email.RecordBounce(BounceKind.Temporary, "4.2.2 full", new DateOnly(2026, 3, 1), 2));
        Assert.True(email.IsUsable);
        Assert.True(email.RecordBounce(BounceKind.Temporary, "4.2.2 full", new DateOnly(2026, 3, 2), 2));
        Assert.Equal((EmailStatus.Unusable, new DateOnly(2026, 3, 2)), (email.Status, email.UnusableSince!.Value));
        Assert.False(email.RecordBounce(BounceKind.Permanent, "5.1.1", new DateOnly(2026, 3, 3), 2));

        email.Correct("jean.martin@example.fr", 1);
        Assert.Equal((EmailStatus.Valid, 0), (email.Status, email.TemporaryBounces));
        Assert.True(email.RecordBounce(BounceKind.Permanent, "5.1.1 unknown", new DateOnly(2026, 3, 4), 2));
        Assert.StartsWith("Rejet définitif", email.UnusableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outbox_message_id_reads_back_to_its_row()
    {
        Assert.Equal(1042, OutboxMessageIds.Parse("<" + OutboxMessageIds.For(1042, "amis-oiseaux.fr") + ">"));
        Assert.Null(OutboxMessageIds.Parse("<20260310011309.4Fq2@mx.example>"));
    }

    [Fact]
    public void The_events_export_reads_french_and_iso_dates_in_paris_time_and_classifies_bounces()
    {
        var parsed = EmailEventFiles.ParseEvents(System.Text.Encoding.UTF8.GetBytes(
            "E-mail;Campagne;Événement;Date;Détail\nA@Example.fr;EM1;Ouverture;10/03/2026 10:00;\na@example.fr;EM1;rejet;2026-03-10T10:05:00Z;550 5.1.1 unknown\n"));

        Assert.True(parsed.IsValid, string.Join(" ", parsed.Problems));
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero), parsed.Lines[0].OccurredAt);
        Assert.Equal((EmailEventKind.Bounce, BounceKind.Permanent, "EM1"), (parsed.Lines[1].Kind, parsed.Lines[1].Bounce!.Value, parsed.Lines[1].CampaignCode));
    }
}
