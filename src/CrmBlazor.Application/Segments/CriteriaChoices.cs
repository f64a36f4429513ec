using CrmBlazor.Application.Segments.Criteria;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Segments;

public sealed record Choice(long Id, string Label);

/// <summary>The pick lists of the builder, loaded once when it opens.</summary>
public sealed record CriteriaChoices(IReadOnlyDictionary<ChoiceSource, IReadOnlyList<Choice>> Lists, IReadOnlyList<FieldInfo> ContactFields)
{
    public IReadOnlyList<Choice> Of(ChoiceSource source) => Lists.GetValueOrDefault(source) ?? [];
}

public sealed class CriteriaChoicesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>How many campaigns the pick list offers: the newest ones.</summary>
    public const int CampaignLimit = 300;

    public async Task<CriteriaChoices> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fields = await db.CustomFields.AsNoTracking().Where(f => f.Target == CustomFieldTarget.Contact && f.IsActive).OrderBy(f => f.Position)
            .Select(f => new FieldInfo(f.Id, f.Label, f.Kind, f.Options)).ToListAsync(ct);
        var lists = new Dictionary<ChoiceSource, IReadOnlyList<Choice>>
        {
            [ChoiceSource.Tags] = await db.Tags.AsNoTracking().OrderBy(t => t.Label).Select(t => new Choice(t.Id, t.Label)).ToListAsync(ct),
            [ChoiceSource.Groups] = await db.ContactGroups.AsNoTracking().OrderBy(g => g.Name).Select(g => new Choice(g.Id, g.Name)).ToListAsync(ct),
            [ChoiceSource.Segments] = await db.Segments.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct),
            [ChoiceSource.Campaigns] = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.StartsOn).Take(CampaignLimit)
                .Select(c => new Choice(c.Id, c.Code + " · " + c.Name)).ToListAsync(ct),
            [ChoiceSource.SuspensionCodes] = await db.SuspensionCodes.AsNoTracking().OrderBy(c => c.Code).Select(c => new Choice(c.Id, c.Code + " · " + c.Label)).ToListAsync(ct),
            [ChoiceSource.MarketingCodes] = await db.MarketingCodes.AsNoTracking().OrderBy(c => c.Code).Select(c => new Choice(c.Id, c.Code + " · " + c.Label)).ToListAsync(ct),
            [ChoiceSource.ContactFields] = fields.Select(f => new Choice(f.Id, f.Label)).ToList(),
        };
        return new CriteriaChoices(lists, fields);
    }
}
