using CrmBlazor.Application.Common;
using CrmBlazor.Application.Memberships;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Subscriptions;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Payments;

public sealed record OrderItemInput(long ProductId, int Quantity);

public sealed record SubscriptionInput(decimal Amount, DateOnly StartsOn, DateOnly EndsOn, int IssueCount);

/// <summary>Pays (or renews) one of the contact's memberships.</summary>
public sealed record MembershipFeeInput(long MembershipId, decimal Amount);

/// <summary>Pays one of the contact's event registrations.</summary>
public sealed record EventFeeInput(long ParticipationId, decimal Amount);

/// <summary>
/// An encaissement and what it pays for. No <paramref name="CampaignCode"/>: the last campaign the contact received.
/// Cheques and cash name their open batch (<paramref name="BatchId"/>); other methods have none.
/// </summary>
public sealed record EnterPaymentCommand(
    long ContactId,
    PaymentMethod Method,
    decimal Amount,
    DateOnly ReceivedOn,
    string? CampaignCode = null,
    string? ChequeBank = null,
    string? ChequeNumber = null,
    string? Drawer = null,
    long? BatchId = null)
{
    public IReadOnlyList<decimal> Donations { get; init; } = [];

    public IReadOnlyList<OrderItemInput> OrderItems { get; init; } = [];

    public IReadOnlyList<SubscriptionInput> Subscriptions { get; init; } = [];

    public IReadOnlyList<MembershipFeeInput> MembershipFees { get; init; } = [];

    public IReadOnlyList<EventFeeInput> EventFees { get; init; } = [];

    public int LineCount => Donations.Count + OrderItems.Count + Subscriptions.Count + MembershipFees.Count + EventFees.Count;

    public decimal FeesTotal => MembershipFees.Sum(f => f.Amount) + EventFees.Sum(f => f.Amount);
}

public sealed class EnterPaymentValidator : AbstractValidator<EnterPaymentCommand>
{
    public EnterPaymentValidator()
    {
        RuleFor(c => c.Amount).ValidAmount(Messages.Payment_AmountInvalid);
        RuleFor(c => c.ReceivedOn).NotEqual(default(DateOnly)).WithMessage(Messages.Payment_ReceivedOnRequired);
        RuleFor(c => c.CampaignCode).MaximumLength(Campaign.CodeMaxLength)
            .WithMessage(string.Format(Messages.Payment_CampaignCodeTooLong, Campaign.CodeMaxLength));
        When(c => c.Method == PaymentMethod.Cheque, () =>
        {
            RuleFor(c => c.ChequeBank).NotEmpty().WithMessage(Messages.Payment_ChequeBankRequired);
            RuleFor(c => c.ChequeNumber).NotEmpty().WithMessage(Messages.Payment_ChequeNumberRequired);
        });
        RuleFor(c => c.ChequeBank).MaximumLength(MoneyLimits.BankNameMaxLength)
            .WithMessage(string.Format(Messages.Payment_ChequeBankTooLong, MoneyLimits.BankNameMaxLength));
        RuleFor(c => c.ChequeNumber).MaximumLength(MoneyLimits.ChequeNumberMaxLength)
            .WithMessage(string.Format(Messages.Payment_ChequeNumberTooLong, MoneyLimits.ChequeNumberMaxLength));
        RuleFor(c => c.Drawer).MaximumLength(MoneyLimits.DrawerMaxLength)
            .WithMessage(string.Format(Messages.Payment_DrawerTooLong, MoneyLimits.DrawerMaxLength));
        RuleFor(c => c.BatchId).NotNull().When(c => c.Method.IsPhysical()).WithMessage(Messages.Payment_BatchRequired);
        RuleFor(c => c.BatchId).Null().When(c => !c.Method.IsPhysical()).WithMessage(Messages.Payment_BatchOnlyPhysical);
        RuleFor(c => c).Must(c => c.LineCount > 0)
            .WithMessage(Messages.Payment_LinesRequired);
        RuleForEach(c => c.Donations).ValidAmount(Messages.Payment_DonationAmountInvalid);
        RuleForEach(c => c.OrderItems).Must(i => i.Quantity is > 0 and <= OrderLine.MaxQuantity)
            .WithMessage(string.Format(Messages.Payment_QuantityInvalid, OrderLine.MaxQuantity));
        RuleForEach(c => c.Subscriptions).ChildRules(s =>
        {
            s.RuleFor(x => x.Amount).ValidAmount(Messages.Payment_SubscriptionAmountInvalid);
            s.RuleFor(x => x).Must(x => x.StartsOn != default && x.EndsOn != default).WithMessage(Messages.Payment_SubscriptionDatesRequired);
            s.RuleFor(x => x.EndsOn).GreaterThanOrEqualTo(x => x.StartsOn).WithMessage(Messages.Payment_SubscriptionDatesReversed);
            s.RuleFor(x => x.IssueCount).InclusiveBetween(1, Subscription.MaxIssues)
                .WithMessage(string.Format(Messages.Payment_SubscriptionIssuesInvalid, Subscription.MaxIssues));
        });
        RuleForEach(c => c.MembershipFees).ChildRules(f => f.RuleFor(x => x.Amount).ValidAmount(Messages.Payment_MembershipFeeInvalid));
        RuleForEach(c => c.EventFees).ChildRules(f => f.RuleFor(x => x.Amount).ValidAmount(Messages.Payment_EventFeeInvalid));
    }
}

/// <summary>
/// Saves the payment and all its lines in one SaveChanges: either everything is there or nothing is.
/// The lines must add up to the payment; PostgreSQL checks it once more at commit.
/// </summary>
public sealed class EnterPaymentHandler(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<EnterPaymentCommand> validator, MembershipCardIssuer cards)
{
    public async Task<CommandResult<long>> HandleAsync(EnterPaymentCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        if (command.ReceivedOn > ParisTime.Today(clock))
        {
            return CommandResult<long>.Fail(Messages.Payment_ReceivedInFuture);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Contacts.AnyAsync(c => c.Id == command.ContactId, ct))
        {
            return CommandResult<long>.Fail(Messages.Contact_NotFound);
        }

        var (campaign, campaignError) = await PaymentCampaigns.ResolveAsync(db, command.ContactId, command.CampaignCode, ct);
        if (campaign is null)
        {
            return CommandResult<long>.Fail(campaignError!);
        }

        var (items, productError) = await OrderItemsAsync(db, command.OrderItems, ct);
        if (productError is not null)
        {
            return CommandResult<long>.Fail(productError);
        }

        var linesTotal = command.Donations.Sum() + items.Sum(i => i.Product.UnitPrice * i.Quantity) + command.Subscriptions.Sum(s => s.Amount) + command.FeesTotal;
        if (linesTotal != command.Amount)
        {
            return CommandResult<long>.Fail(string.Format(Messages.Payment_Unbalanced, linesTotal, command.Amount));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var batch = command.BatchId is { } batchId ? await LockBatchAsync(db, batchId, ct) : null;
            if (command.BatchId is not null && batch is null)
            {
                return CommandResult<long>.Fail(Messages.Payment_BatchUnknown);
            }

            var cheque = command.Method == PaymentMethod.Cheque
                ? new ChequeDetails(command.ChequeBank ?? "", command.ChequeNumber ?? "", command.Drawer)
                : null;
            var payment = Payment.Receive(
                command.ContactId, command.Method, command.Amount, command.ReceivedOn, campaign.Id, clock.GetUtcNow(), cheque, batch);

            // HiLo gives the payment its id on Add, so its lines can point at it before anything is sent.
            db.Payments.Add(payment);
            var (membershipLines, memberships, feeError) = await MembershipLinesAsync(db, command, ct);
            var (eventLines, eventError) = await EventLinesAsync(db, command, ct);
            if ((feeError ?? eventError) is { } error)
            {
                return CommandResult<long>.Fail(error);
            }

            var split = PaymentSplit.Split(payment, batch, new PaymentLines(
                command.Donations,
                items,
                command.Subscriptions.Select(s => new SubscriptionLine(s.Amount, s.StartsOn, s.EndsOn, s.IssueCount)).ToList())
            {
                MembershipFees = membershipLines,
                EventFees = eventLines,
            });
            db.Donations.AddRange(split.Donations);
            if (split.Order is not null)
            {
                db.Orders.Add(split.Order);
            }

            db.Subscriptions.AddRange(split.Subscriptions);
            db.MembershipFees.AddRange(split.MembershipFees);
            db.EventFees.AddRange(split.EventFees);
            await cards.IssueAsync(db, split.MembershipFees, memberships, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return CommandResult<long>.Ok(payment.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Fail(Messages.Payment_FeeChangedMeanwhile);
        }
        catch (Exception ex) when (ex.IsMoneyInvariant())
        {
            return CommandResult<long>.Fail(Messages.Payment_RefusedByDatabase);
        }
    }

    /// <summary>The contact's memberships the payment pays, tracked: paying changes their dates and status (xmin-guarded).</summary>
    private static async Task<(List<MembershipFeeLine> Lines, Dictionary<long, Membership> Memberships, string? Error)> MembershipLinesAsync(
        AppDbContext db, EnterPaymentCommand command, CancellationToken ct)
    {
        if (command.MembershipFees.Count == 0)
        {
            return ([], [], null);
        }

        var ids = command.MembershipFees.Select(f => f.MembershipId).ToList();
        var memberships = await db.Memberships.Where(m => ids.Contains(m.Id) && m.ContactId == command.ContactId).ToDictionaryAsync(m => m.Id, ct);
        if (memberships.Count != ids.Distinct().Count())
        {
            return ([], [], Messages.Payment_MembershipUnknown);
        }

        var typeIds = memberships.Values.Select(m => m.TypeId).Distinct().ToList();
        var plans = await db.MembershipTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Plan, ct);
        var lines = command.MembershipFees.Select(f => new MembershipFeeLine(memberships[f.MembershipId], plans[memberships[f.MembershipId].TypeId], f.Amount)).ToList();
        return (lines, memberships, null);
    }

    private static async Task<(List<EventFeeLine> Lines, string? Error)> EventLinesAsync(AppDbContext db, EnterPaymentCommand command, CancellationToken ct)
    {
        if (command.EventFees.Count == 0)
        {
            return ([], null);
        }

        var ids = command.EventFees.Select(f => f.ParticipationId).ToList();
        var participations = await db.EventParticipations.Where(p => ids.Contains(p.Id) && p.ContactId == command.ContactId).ToDictionaryAsync(p => p.Id, ct);
        if (participations.Count != ids.Distinct().Count())
        {
            return ([], Messages.Payment_ParticipationUnknown);
        }

        var eventIds = participations.Values.Select(p => p.EventId).Distinct().ToList();
        var events = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        return (command.EventFees.Select(f => new EventFeeLine(participations[f.ParticipationId], events[participations[f.ParticipationId].EventId], f.Amount)).ToList(), null);
    }

    /// <summary>
    /// The batch, locked until commit: a supervisor validating it meanwhile waits for this entry,
    /// and an entry arriving just after the validation sees the batch validated.
    /// </summary>
    private static async Task<PaymentBatch?> LockBatchAsync(AppDbContext db, long batchId, CancellationToken ct) =>
        (await db.PaymentBatches.FromSql($"SELECT *, xmin FROM payment_batches WHERE id = {batchId} FOR SHARE").AsNoTracking().ToListAsync(ct))
        .SingleOrDefault();

    private static async Task<(List<(Product Product, int Quantity)> Items, string? Error)> OrderItemsAsync(
        AppDbContext db, IReadOnlyList<OrderItemInput> inputs, CancellationToken ct)
    {
        if (inputs.Count == 0)
        {
            return ([], null);
        }

        var ids = inputs.Select(i => i.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        if (products.Count != ids.Count)
        {
            return ([], Messages.Payment_ProductUnknown);
        }

        var inactive = products.Values.FirstOrDefault(p => !p.IsActive);
        return inactive is not null
            ? ([], string.Format(Messages.Payment_ProductWithdrawn, inactive.Code, inactive.Name))
            : (inputs.Select(i => (products[i.ProductId], i.Quantity)).ToList(), null);
    }
}
