using CrmBlazor.Application.Recurring;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

/// <summary>The card expiry as operators type it from the donor's card, and the validators' reading of the forms.</summary>
public sealed class RecurringInputsTests
{
    [Theory]
    [InlineData("09/2028", 2028, 9, 30)]
    [InlineData(" 2/2028 ", 2028, 2, 29)]
    [InlineData("02/2027", 2027, 2, 28)]
    [InlineData("12/2030", 2030, 12, 31)]
    public void A_card_expiry_is_the_last_day_of_its_month(string typed, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), RecurringInputs.CardExpiry(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2028-09")]
    [InlineData("13/2028")]
    [InlineData("09/28")]
    public void Anything_but_MM_AAAA_is_no_expiry(string? typed) => Assert.Null(RecurringInputs.CardExpiry(typed));

    [Fact]
    public void A_card_expiring_before_the_first_due_date_is_refused()
    {
        var validator = new StartCardGiftValidator();

        var result = validator.Validate(new StartCardGiftCommand(1, 10m, Periodicity.Monthly, new DateOnly(2028, 10, 1), "PZ-1", "09/2028"));

        Assert.Equal(["La carte expire avant la première échéance."], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_change_to_a_direct_debit_names_its_mandate_and_a_change_to_a_card_its_expiry()
    {
        var validator = new ChangeRecurringGiftValidator();

        var toDebit = validator.Validate(new ChangeRecurringGiftCommand(1, 1, 10m, RecurringChannel.DirectDebit, Periodicity.Monthly, CollectionDay: 32));
        var toCard = validator.Validate(new ChangeRecurringGiftCommand(1, 1, 10m, RecurringChannel.Card, Periodicity.Monthly, "PZ-2"));

        Assert.Equal(
            ["Choisissez le mandat SEPA du prélèvement.", "Le jour de prélèvement est compris entre 1 et 31."],
            toDebit.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["La date d'expiration de la carte s'écrit MM/AAAA (ex. 09/2028)."], toCard.Errors.Select(e => e.ErrorMessage));
    }
}
