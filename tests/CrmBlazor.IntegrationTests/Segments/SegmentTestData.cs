using CrmBlazor.Application.Common;
using CrmBlazor.Application.Organising;
using CrmBlazor.Application.Segments;
using CrmBlazor.Application.Segments.Criteria;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Organising;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Segments;

/// <summary>Runs criteria through the real compiler and handlers, and builds tags, groups and fields through the real use cases.</summary>
public static class SegmentTestData
{
    public static SegmentCriteria All(params Criterion[] criteria) => new() { Root = new CriteriaGroup { Match = GroupMatch.All, Children = [.. criteria] } };

    public static SegmentCriteria Any(params Criterion[] criteria) => new() { Root = new CriteriaGroup { Match = GroupMatch.Any, Children = [.. criteria] } };

    public static async Task<CommandResult<long>> TryCountAsync(this CrmAppFixture app, SegmentCriteria criteria, long? editing = null) =>
        await app.ActAsync(Operator, s => s.GetRequiredService<CountSegmentHandler>().HandleAsync(new CountSegmentQuery(criteria, editing)));

    /// <summary>The ids the criteria match now, through the paged search (one large page), checked against the count.</summary>
    public static async Task<HashSet<long>> MatchAsync(this CrmAppFixture app, params Criterion[] criteria) => await app.MatchAsync(All(criteria));

    public static async Task<HashSet<long>> MatchAsync(this CrmAppFixture app, SegmentCriteria criteria)
    {
        var page = await app.ActAsync(Operator, s => s.GetRequiredService<SearchSegmentHandler>().HandleAsync(new SearchSegmentQuery(criteria, new PageRequest(0, 200))));
        Assert.True(page.Succeeded, string.Join(" ", page.Errors));
        var count = await app.TryCountAsync(criteria);
        Assert.Equal(page.Value!.TotalCount, count.Value);

        // Through JSON too: what is saved is what is evaluated.
        var roundTrip = await app.TryCountAsync(SegmentCriteria.FromJson(criteria.ToJson()));
        Assert.Equal(count.Value, roundTrip.Value);
        return page.Value.Items.Select(r => r.Id).ToHashSet();
    }

    public static async Task<long> TagAsync(this CrmAppFixture app, string code, params long[] contactIds)
    {
        var id = await app.WithDbAsync(async db =>
        {
            var tag = Tag.Create(code, $"Étiquette {code}");
            db.Tags.Add(tag);
            await db.SaveChangesAsync();
            return tag.Id;
        });
        var added = await app.ActAsync(Operator, s => s.GetRequiredService<ContactTagsHandler>().AddAsync(new TagContactsCommand(contactIds, id)));
        Assert.True(added.Succeeded, string.Join(" ", added.Errors));
        return id;
    }

    public static async Task<long> GroupAsync(this CrmAppFixture app, string name, params long[] contactIds)
    {
        var group = await app.ActAsync(Operator, s => s.GetRequiredService<SaveGroupHandler>().HandleAsync(new SaveGroupCommand(null, 0, name, null)));
        Assert.True(group.Succeeded, string.Join(" ", group.Errors));
        var added = await app.ActAsync(Operator, s => s.GetRequiredService<GroupMembershipHandler>().AddAsync(new GroupMembershipCommand(group.Value, contactIds)));
        Assert.True(added.Succeeded, string.Join(" ", added.Errors));
        return group.Value;
    }

    public static async Task<long> FieldAsync(this CrmAppFixture app, string label, CustomFieldKind kind, params string[] options)
    {
        var field = await app.ActAsync(Operator, s => s.GetRequiredService<SaveCustomFieldHandler>()
            .HandleAsync(new SaveCustomFieldCommand(null, 0, CustomFieldTarget.Contact, label, kind, options)));
        Assert.True(field.Succeeded, string.Join(" ", field.Errors));
        return field.Value;
    }

    public static Task<CommandResult> SetFieldAsync(this CrmAppFixture app, long contactId, long fieldId, CustomValueInput value) =>
        app.ActAsync(Operator, s => s.GetRequiredService<CustomFieldValuesHandler>().SetAsync(new SetContactFieldCommand(contactId, fieldId, value)));

    public static async Task<CommandResult<long>> SaveSegmentAsync(this CrmAppFixture app, string name, SegmentCriteria criteria, long? id = null)
    {
        uint version = 0;
        if (id is { } existing)
        {
            version = (await app.ActAsync(Operator, s => s.GetRequiredService<GetSegmentHandler>().HandleAsync(existing)))!.Version;
        }

        return await app.ActAsync(Operator, s => s.GetRequiredService<SaveSegmentHandler>().HandleAsync(new SaveSegmentCommand(id, version, name, null, criteria)));
    }
}
