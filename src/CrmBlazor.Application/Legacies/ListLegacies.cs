using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Legacies;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Legacies;

/// <summary>
/// The testators list: legacy files at <paramref name="Step"/> (any step when null) whose current step was reached between
/// <paramref name="From"/> and <paramref name="To"/> (inclusive, either open).
/// </summary>
public sealed record ListLegaciesQuery(LegacyStep? Step, DateOnly? From, DateOnly? To, PageRequest Page);

public sealed record LegacyRow(
    long ContactId, long MemberNumber, string DisplayName, LegacyStep Step, DateOnly? Since,
    DateOnly? InformationSentOn, DateOnly? PledgedOn, DateOnly? ConfirmedOn);

public sealed class ListLegaciesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<LegacyRow>> HandleAsync(ListLegaciesQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var files = db.Legacies.AsNoTracking()
            .Select(l => new
            {
                l.ContactId,
                l.InformationSentOn,
                l.PledgedOn,
                l.ConfirmedOn,

                // The date of the current step: the latest one set, since steps come in order.
                Since = l.ConfirmedOn ?? l.PledgedOn ?? l.InformationSentOn,
            })
            .Where(l => l.Since != null);
        files = query.Step switch
        {
            LegacyStep.Confirmed => files.Where(l => l.ConfirmedOn != null),
            LegacyStep.Pledged => files.Where(l => l.ConfirmedOn == null && l.PledgedOn != null),
            LegacyStep.InformationSent => files.Where(l => l.ConfirmedOn == null && l.PledgedOn == null && l.InformationSentOn != null),
            _ => files,
        };
        if (query.From is { } from)
        {
            files = files.Where(l => l.Since >= from);
        }

        if (query.To is { } to)
        {
            files = files.Where(l => l.Since <= to);
        }

        var total = await files.CountAsync(ct);
        var rows = await files
            .Join(db.Contacts, l => l.ContactId, c => c.Id, (l, c) => new
            {
                l.ContactId, c.MemberNumber, c.Kind, c.Civility, c.FirstName, c.LastName, c.OrganisationName,
                l.InformationSentOn, l.PledgedOn, l.ConfirmedOn, l.Since,
            })
            .OrderByDescending(l => l.Since).ThenBy(l => l.ContactId)
            .Skip(query.Page.Skip).Take(query.Page.Take)
            .ToListAsync(ct);
        var items = rows.Select(r => new LegacyRow(
            r.ContactId, r.MemberNumber, ContactNames.Display(r.Kind, r.Civility, r.FirstName, r.LastName, r.OrganisationName),
            Legacy.StepOf(r.InformationSentOn, r.PledgedOn, r.ConfirmedOn), r.Since, r.InformationSentOn, r.PledgedOn, r.ConfirmedOn)).ToList();
        return new PagedResult<LegacyRow>(items, total);
    }
}
