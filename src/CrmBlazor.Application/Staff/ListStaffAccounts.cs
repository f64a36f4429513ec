using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Staff;

public sealed record ListStaffAccountsQuery(string? Search, PageRequest Page);

public sealed record StaffAccountRow(
    Guid Id,
    string Email,
    string DisplayName,
    string? Role,
    bool IsDisabled,
    bool TwoFactorEnabled,
    bool MustChangePassword,
    DateTimeOffset? LockoutEnd,
    DateTimeOffset CreatedAt,
    string ConcurrencyStamp);

public sealed class ListStaffAccountsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<StaffAccountRow>> HandleAsync(ListStaffAccountsQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim()}%";
            users = users.Where(u => EF.Functions.ILike(u.Email!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }

        var total = await users.CountAsync(ct);
        var page = await users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip(query.Page.Skip).Take(query.Page.Take)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                u.IsDisabled,
                u.TwoFactorEnabled,
                u.MustChangePassword,
                u.LockoutEnd,
                u.CreatedAt,
                u.ConcurrencyStamp,
            })
            .ToListAsync(ct);
        var rows = page.Select(u => new StaffAccountRow(
                u.Id, u.Email ?? "", u.DisplayName, StaffRoles.Highest(u.Roles), u.IsDisabled, u.TwoFactorEnabled,
                u.MustChangePassword, u.LockoutEnd, u.CreatedAt, u.ConcurrencyStamp ?? ""))
            .ToList();
        return new PagedResult<StaffAccountRow>(rows, total);
    }
}
