using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Legacies;

namespace CrmBlazor.UnitTests.Legacies;

public sealed class LegacyStepTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Steps_recorded_in_order_stamp_their_day_and_the_current_step_follows()
    {
        var legacy = Legacy.Open(7);

        legacy.Record(LegacyStep.InformationSent, Monday, documentId: 42);
        legacy.Record(LegacyStep.Pledged, Monday.AddDays(30));
        legacy.Record(LegacyStep.Confirmed, Monday.AddDays(400));

        Assert.Equal(Monday, legacy.InformationSentOn);
        Assert.Equal(42, legacy.InformationDocumentId);
        Assert.Equal(Monday.AddDays(30), legacy.PledgedOn);
        Assert.Equal(LegacyStep.Confirmed, legacy.CurrentStep);
        Assert.Equal(Monday.AddDays(400), legacy.CurrentStepOn);
    }

    [Fact]
    public void A_spontaneous_pledge_may_come_without_information_sent()
    {
        var legacy = Legacy.Open(7);

        legacy.Record(LegacyStep.Pledged, Monday);

        Assert.Equal(LegacyStep.Pledged, legacy.CurrentStep);
        Assert.Null(legacy.InformationSentOn);
    }

    [Fact]
    public void Confirming_without_a_pledge_is_refused()
    {
        var legacy = Legacy.Open(7);
        legacy.Record(LegacyStep.InformationSent, Monday);

        var refused = Assert.Throws<DomainException>(() => legacy.Record(LegacyStep.Confirmed, Monday));

        Assert.Equal("Seule une promesse enregistrée peut être confirmée.", refused.Message);
        Assert.Null(legacy.ConfirmedOn);
    }

    [Theory]
    [InlineData(LegacyStep.InformationSent)]
    [InlineData(LegacyStep.Pledged)]
    public void A_step_already_passed_cannot_be_pressed_again(LegacyStep step)
    {
        var legacy = Legacy.Open(7);
        legacy.Record(LegacyStep.Pledged, Monday);

        Assert.Throws<DomainException>(() => legacy.Record(step, Monday.AddDays(1)));
        Assert.Equal(Monday, legacy.PledgedOn);
    }

    [Fact]
    public void Only_the_information_step_carries_a_document()
    {
        var legacy = Legacy.Open(7);

        Assert.Throws<DomainException>(() => legacy.Record(LegacyStep.Pledged, Monday, documentId: 3));
    }

    [Fact]
    public void Undoing_the_latest_step_clears_its_date_and_keeps_the_reason()
    {
        var legacy = Legacy.Open(7);
        legacy.Record(LegacyStep.InformationSent, Monday, documentId: 9);
        legacy.Record(LegacyStep.Pledged, Monday);

        legacy.UndoLatest(LegacyStep.Pledged, "  Saisie sur la mauvaise fiche ");

        Assert.Null(legacy.PledgedOn);
        Assert.Equal(LegacyStep.InformationSent, legacy.CurrentStep);
        Assert.Equal("Saisie sur la mauvaise fiche", legacy.UndoReason);
        legacy.UndoLatest(LegacyStep.InformationSent, "Brochure jamais partie");
        Assert.Null(legacy.InformationDocumentId);
        Assert.Equal(LegacyStep.None, legacy.CurrentStep);
    }

    [Fact]
    public void An_earlier_step_cannot_be_undone_while_a_later_one_stands()
    {
        var legacy = Legacy.Open(7);
        legacy.Record(LegacyStep.Pledged, Monday);
        legacy.Record(LegacyStep.Confirmed, Monday);

        var refused = Assert.Throws<DomainException>(() => legacy.UndoLatest(LegacyStep.Pledged, "Erreur"));

        Assert.Equal("Seule la dernière étape du legs peut être annulée.", refused.Message);
        Assert.Equal(Monday, legacy.PledgedOn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Undoing_needs_a_reason(string reason)
    {
        var legacy = Legacy.Open(7);
        legacy.Record(LegacyStep.Pledged, Monday);

        Assert.Throws<DomainException>(() => legacy.UndoLatest(LegacyStep.Pledged, reason));
        Assert.Equal(Monday, legacy.PledgedOn);
    }

    [Fact]
    public void Recording_again_after_an_undo_clears_the_old_reason()
    {
        var legacy = Legacy.Open(7);
        legacy.Record(LegacyStep.Pledged, Monday);
        legacy.UndoLatest(LegacyStep.Pledged, "Erreur de fiche");

        legacy.Record(LegacyStep.Pledged, Monday.AddDays(2));

        Assert.Null(legacy.UndoReason);
        Assert.Equal(Monday.AddDays(2), legacy.PledgedOn);
    }
}
