using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Web.Components.Pages.Contacts;

namespace CrmBlazor.ComponentTests.Payments;

/// <summary>The entry form's model: its running sum at catalogue prices and the command it sends.</summary>
public sealed class PaymentEntryModelTests : ComponentTest
{
    private static readonly ProductChoice Calendar = new(7, "CAL", "Calendrier", 12.50m);

    [Fact]
    public void The_lines_total_prices_the_order_from_the_catalogue()
    {
        var model = new PaymentEntryModel { Amount = 80m };
        model.Donations[0].Amount = 30m;
        model.OrderItems.Add(new OrderItemModel { ProductId = Calendar.Id, Quantity = 2 });
        model.Subscriptions.Add(new SubscriptionLineModel { Amount = 25m });

        Assert.Equal(80m, model.LinesTotal([Calendar]));
        Assert.True(model.IsBalanced([Calendar]));
        model.OrderItems[0].Quantity = 1;
        Assert.False(model.IsBalanced([Calendar]));
    }

    [Fact]
    public void The_command_leaves_blank_lines_out_and_keeps_cheque_details_and_batch_only_where_they_belong()
    {
        var model = new PaymentEntryModel
        {
            Method = PaymentMethod.Transfer,
            Amount = 50m,
            ReceivedOn = new DateTime(2026, 3, 2),
            CampaignCode = " noel ",
            ChequeBank = "LCL",
            ChequeNumber = "12",
            BatchId = 4,
        };
        model.Donations[0].Amount = 50m;
        model.Donations.Add(new DonationLineModel());
        model.OrderItems.Add(new OrderItemModel());

        var command = model.ToCommand(42);

        Assert.Equal((42L, PaymentMethod.Transfer, 50m, new DateOnly(2026, 3, 2), "noel"), (command.ContactId, command.Method, command.Amount, command.ReceivedOn, command.CampaignCode));
        Assert.Equal(((string?)null, (string?)null, (long?)null), (command.ChequeBank, command.ChequeNumber, command.BatchId));
        Assert.Equal([50m], command.Donations);
        Assert.Empty(command.OrderItems);
    }

    [Fact]
    public void A_cheque_keeps_its_bank_number_drawer_and_batch()
    {
        var model = new PaymentEntryModel { Method = PaymentMethod.Cheque, Amount = 20m, ReceivedOn = DateTime.Today, ChequeBank = "LCL", ChequeNumber = "12", Drawer = "M. Roux", BatchId = 4 };
        model.Donations[0].Amount = 20m;

        var command = model.ToCommand(42);

        Assert.Equal(("LCL", "12", "M. Roux", (long?)4), (command.ChequeBank, command.ChequeNumber, command.Drawer, command.BatchId));
        Assert.Null(command.CampaignCode);
    }

    [Theory]
    [InlineData(DonationStatus.Collected, "Refund,MarkUnpaid,Cancel")]
    [InlineData(DonationStatus.Pending, "MarkUnpaid,Cancel")]
    [InlineData(DonationStatus.Unpaid, "Cancel")]
    [InlineData(DonationStatus.Cancelled, "")]
    [InlineData(DonationStatus.Refunded, "")]
    public void The_gift_menu_offers_only_the_moves_its_status_allows(DonationStatus status, string offered) =>
        Assert.Equal(offered, string.Join(',', DonationsTab.Changes(status)));

    [Fact]
    public void A_payment_reads_what_it_paid_for()
    {
        var row = new PaymentRow(
            1, new DateOnly(2026, 3, 2), PaymentMethod.Cheque, 80m, "LCL", "12", null, 3, "NOEL", PaymentStatus.Recorded, null, null,
            [new PaymentLinePart(PaymentLineKind.Donation, 50m), new PaymentLinePart(PaymentLineKind.Order, 30m)], 1);

        Assert.Equal("Don 50,00 € · Commande 30,00 €", PaymentsTab.PaidFor(row));
    }
}
