using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring.Files;

public sealed record ProviderImportRow(
    long Id, DateTimeOffset ImportedAt, string FileName, ProviderFileKind Kind, string ImportedBy, int Lines, int Applied, int Unchanged, int Rejected);

public sealed record ListProviderImportsQuery(PageRequest Page);

/// <summary>The files imported so far, newest first, one page at a time.</summary>
public sealed class ListProviderImportsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<ProviderImportRow>> HandleAsync(ListProviderImportsQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var imports = db.ProviderImports.AsNoTracking();
        var total = await imports.CountAsync(ct);
        var rows = await imports.OrderByDescending(i => i.ImportedAt).ThenByDescending(i => i.Id)
            .Skip(query.Page.Skip).Take(query.Page.Take)
            .Select(i => new ProviderImportRow(i.Id, i.ImportedAt, i.FileName, i.Kind, i.ImportedBy, i.Lines, i.Applied, i.Unchanged, i.Rejected))
            .ToListAsync(ct);
        return new PagedResult<ProviderImportRow>(rows, total);
    }
}

/// <summary>The lines an import could not use, with why.</summary>
public sealed class ProviderImportProblemsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ImportProblem>> HandleAsync(long importId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var problems = await db.ProviderImports.AsNoTracking().Where(i => i.Id == importId).Select(i => i.Problems).FirstOrDefaultAsync(ct);
        return problems ?? [];
    }
}
