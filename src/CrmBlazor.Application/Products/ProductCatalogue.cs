using CrmBlazor.Application.Batches;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Products;

public sealed record ProductRow(long Id, string Code, string Name, decimal UnitPrice, bool IsActive, int OrderLines, uint Version);

public sealed record ListProductsQuery(string? Text, bool IncludeWithdrawn, PageRequest Page);

/// <summary>Adds an item to the catalogue; its code never changes afterwards (order lines keep it).</summary>
public sealed record CreateProductCommand(string Code, string Name, decimal UnitPrice);

/// <summary>Renames or reprices an item; <paramref name="Version"/> is the row the administrator saw. Past orders keep their price.</summary>
public sealed record EditProductCommand(long Id, uint Version, string Name, decimal UnitPrice);

/// <summary>Withdraws an item from the catalogue (it can no longer be ordered) or puts it back.</summary>
public sealed record SetProductActiveCommand(long Id, uint Version, bool Active);

public static class ProductRules
{
    public static IRuleBuilderOptions<T, string> ValidProductName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(Messages.Product_NameRequired)
            .MaximumLength(Product.NameMaxLength).WithMessage(string.Format(Messages.Product_NameTooLong, Product.NameMaxLength));

    public static IRuleBuilderOptions<T, decimal> ValidUnitPrice<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(MoneyLimits.IsValidAmount).WithMessage(Messages.Product_PriceInvalid);
}

public sealed class CreateProductValidator : AbstractValidator<CreateProductCommand>
{
    public CreateProductValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage(Messages.Product_CodeRequired)
            .MaximumLength(Product.CodeMaxLength).WithMessage(string.Format(Messages.Product_CodeTooLong, Product.CodeMaxLength))
            .Matches("^\\s*[A-Za-z0-9_-]+\\s*$").WithMessage(Messages.Product_CodeCharacters);
        RuleFor(c => c.Name).ValidProductName();
        RuleFor(c => c.UnitPrice).ValidUnitPrice();
    }
}

public sealed class EditProductValidator : AbstractValidator<EditProductCommand>
{
    public EditProductValidator()
    {
        RuleFor(c => c.Name).ValidProductName();
        RuleFor(c => c.UnitPrice).ValidUnitPrice();
    }
}

public sealed class ListProductsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<ProductRow>> HandleAsync(ListProductsQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = db.Products.AsNoTracking();
        if (!query.IncludeWithdrawn)
        {
            products = products.Where(p => p.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = $"%{query.Text.Trim()}%";
            products = products.Where(p => EF.Functions.ILike(p.Code, pattern) || EF.Functions.ILike(p.Name, pattern));
        }

        var total = await products.CountAsync(ct);
        var rows = await products.OrderByDescending(p => p.IsActive).ThenBy(p => p.Code)
            .Skip(query.Page.Skip).Take(query.Page.Take)
            .Select(p => new ProductRow(p.Id, p.Code, p.Name, p.UnitPrice, p.IsActive, db.OrderLines.Count(l => l.ProductId == p.Id), p.Version))
            .ToListAsync(ct);
        return new PagedResult<ProductRow>(rows, total);
    }
}

public sealed class CreateProductHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<CreateProductCommand> validator)
{
    public async Task<CommandResult> HandleAsync(CreateProductCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = Product.NormalizeCode(command.Code);
        if (await db.Products.AnyAsync(p => p.Code == code, ct))
        {
            return CommandResult.Fail(string.Format(Messages.Product_CodeTaken, code));
        }

        try
        {
            db.Products.Add(Product.Create(code, command.Name, command.UnitPrice));
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult.Fail(string.Format(Messages.Product_CodeTaken, code));
        }
    }
}

public sealed class EditProductHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<EditProductCommand> validator)
{
    public async Task<CommandResult> HandleAsync(EditProductCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (product, error) = await ProductEditing.LoadAsync(db, command.Id, command.Version, ct);
        if (product is null)
        {
            return error!;
        }

        return await ProductEditing.SaveAsync(db, () => product.Describe(command.Name, command.UnitPrice), ct);
    }
}

public sealed class SetProductActiveHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<CommandResult> HandleAsync(SetProductActiveCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (product, error) = await ProductEditing.LoadAsync(db, command.Id, command.Version, ct);
        if (product is null)
        {
            return error!;
        }

        return await ProductEditing.SaveAsync(db, command.Active ? product.Reinstate : product.Withdraw, ct);
    }
}

internal static class ProductEditing
{
    /// <summary>The product as the administrator saw it, or the French reason it can no longer be changed.</summary>
    public static async Task<(Product? Product, CommandResult? Error)> LoadAsync(AppDbContext db, long id, uint version, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return (null, CommandResult.Fail(Messages.Product_Unknown));
        }

        return product.Version == version ? (product, null) : (null, CommandResult.Fail(Conflict(product)));
    }

    public static async Task<CommandResult> SaveAsync(AppDbContext db, Action change, CancellationToken ct)
    {
        try
        {
            change();
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var current = await ex.Entries.Single().GetDatabaseValuesAsync(ct);
            return CommandResult.Fail(current is null ? Messages.Product_Unknown : Conflict((Product)current.ToObject()));
        }
    }

    private static string Conflict(Product product) =>
        string.Format(Messages.Product_Conflict, product.Code, product.Name, Euros.Format(product.UnitPrice));
}
