using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Orders;

public sealed record OrderLineRow(string ProductName, int Quantity, decimal UnitPrice, decimal LineTotal);

public sealed record OrderRow(
    long Id, DateOnly OrderedOn, decimal Amount, string CampaignCode, OrderStatus Status, string? CancelReason,
    IReadOnlyList<OrderLineRow> Lines, uint Version);

/// <summary><paramref name="Version"/> is the order the operator saw.</summary>
public sealed record CancelOrderCommand(long OrderId, uint Version, string Reason);

public sealed class CancelOrderValidator : AbstractValidator<CancelOrderCommand>
{
    public CancelOrderValidator() => RuleFor(c => c.Reason).ValidReason();
}

/// <summary>Commandes: the contact's orders with their lines, newest first, a page at a time.</summary>
public sealed class ContactOrdersTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<OrderRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var orders = db.Orders.AsNoTracking().Where(o => o.ContactId == contactId);
        var total = await orders.CountAsync(ct);
        var heads = await orders
            .OrderByDescending(o => o.OrderedOn).ThenByDescending(o => o.Id)
            .Skip(page.Skip).Take(page.Take)
            .Join(db.Campaigns, o => o.CampaignId, c => c.Id, (o, c) => new { o.Id, o.OrderedOn, o.Amount, c.Code, o.Status, o.CancelReason, o.Version })
            .ToListAsync(ct);
        var ids = heads.Select(h => h.Id).ToList();
        var lines = (await db.OrderLines.AsNoTracking().Where(l => ids.Contains(l.OrderId)).OrderBy(l => l.Id)
                .Select(l => new { l.OrderId, l.ProductName, l.Quantity, l.UnitPrice }).ToListAsync(ct))
            .ToLookup(l => l.OrderId, l => new OrderLineRow(l.ProductName, l.Quantity, l.UnitPrice, l.Quantity * l.UnitPrice));
        var rows = heads.Select(h => new OrderRow(h.Id, h.OrderedOn, h.Amount, h.Code, h.Status, h.CancelReason, lines[h.Id].ToList(), h.Version)).ToList();
        return new PagedResult<OrderRow>(rows, total);
    }
}

public sealed class CancelOrderHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<CancelOrderCommand> validator)
{
    public async Task<CommandResult> HandleAsync(CancelOrderCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == command.OrderId, ct);
        if (order is null)
        {
            return CommandResult.Fail(Messages.Order_Gone);
        }

        if (order.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Order_ChangedMeanwhile);
        }

        try
        {
            order.Cancel(command.Reason);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Order_ChangedMeanwhile);
        }
    }
}
