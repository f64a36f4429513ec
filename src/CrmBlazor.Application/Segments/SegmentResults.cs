using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Contacts;
using Npgsql;

namespace CrmBlazor.Application.Segments;

/// <summary>The columns the advanced search grid can show; a field profile is a named choice of them.</summary>
public enum ResultColumn
{
    MemberNumber,
    Name,
    Kind,
    PostalCode,
    City,
    Country,
    Email,
    EntryDate,
    LastGiftOn,
    LastGiftAmount,
    LifetimeTotal,
    GiftCount,
    Tags,
}

/// <summary>The grid's sort orders, each on an indexed or small column.</summary>
public enum ResultSort
{
    Name,
    MemberNumber,
    PostalCode,
    LastGiftOn,
    LifetimeTotal,
}

public sealed record SegmentContactRow(
    long Id, long MemberNumber, string DisplayName, ContactKind Kind, string? PostalCode, string? City, string? Country, string? Email,
    DateOnly EntryDate, DateOnly? LastGiftOn, decimal? LastGiftAmount, decimal? LifetimeTotal, int? GiftCount, string? Tags);

public sealed record CountSegmentQuery(SegmentCriteria Criteria, long? EditingSegmentId = null);

public sealed record SearchSegmentQuery(SegmentCriteria Criteria, PageRequest Page, ResultSort Sort = ResultSort.Name, bool Descending = false);

/// <summary>How many contacts the criteria match right now (the builder's live count).</summary>
public sealed class CountSegmentHandler(NpgsqlDataSource dataSource, SegmentCompiler compiler)
{
    public async Task<CommandResult<long>> HandleAsync(CountSegmentQuery query, CancellationToken ct = default)
    {
        var compiled = await compiler.CompileAsync(query.Criteria, query.EditingSegmentId, ct);
        if (!compiled.IsValid)
        {
            return CommandResult<long>.Fail([.. compiled.Problems]);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM contacts c WHERE {compiled.Where}", connection);
        command.Parameters.AddRange(compiled.CloneParameters());
        return CommandResult<long>.Ok((long)(await command.ExecuteScalarAsync(ct))!);
    }
}

/// <summary>One page of the contacts the criteria match, with every result column (the grid shows the chosen ones).</summary>
public sealed class SearchSegmentHandler(NpgsqlDataSource dataSource, SegmentCompiler compiler)
{
    public async Task<CommandResult<PagedResult<SegmentContactRow>>> HandleAsync(SearchSegmentQuery query, CancellationToken ct = default)
    {
        var compiled = await compiler.CompileAsync(query.Criteria, null, ct);
        if (!compiled.IsValid)
        {
            return CommandResult<PagedResult<SegmentContactRow>>.Fail([.. compiled.Problems]);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        long total;
        await using (var count = new NpgsqlCommand($"SELECT count(*) FROM contacts c WHERE {compiled.Where}", connection))
        {
            count.Parameters.AddRange(compiled.CloneParameters());
            total = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        var rows = new List<SegmentContactRow>();
        await using (var page = new NpgsqlCommand(PageSql(compiled, query.Sort, query.Descending), connection))
        {
            page.Parameters.AddRange(compiled.CloneParameters());
            page.Parameters.AddWithValue("page_skip", query.Page.Skip);
            page.Parameters.AddWithValue("page_take", query.Page.Take);
            await using var reader = await page.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(Read(reader));
            }
        }

        return CommandResult<PagedResult<SegmentContactRow>>.Ok(new PagedResult<SegmentContactRow>(rows, (int)Math.Min(total, int.MaxValue)));
    }

    private static string PageSql(CompiledSegment compiled, ResultSort sort, bool descending)
    {
        var direction = descending ? "DESC NULLS LAST" : "ASC NULLS LAST";
        var order = sort switch
        {
            ResultSort.MemberNumber => $"c.member_number {direction}",
            ResultSort.PostalCode => $"a.postal_code {direction}, c.search_name",
            ResultSort.LastGiftOn => $"s.last_gift_on {direction}, c.search_name",
            ResultSort.LifetimeTotal => $"s.lifetime_total {direction}, c.search_name",
            _ => $"c.search_name {direction}",
        };
        return new StringBuilder()
            .Append("SELECT c.id, c.member_number, c.kind, c.civility, c.first_name, c.last_name, c.organisation_name, ")
            .Append("a.postal_code, a.city, a.country, ")
            .Append("(SELECT e.address FROM contact_emails e WHERE e.contact_id = c.id AND e.status = 'Valid' ORDER BY e.entered_on DESC, e.id DESC LIMIT 1), ")
            .Append("c.entry_date, s.last_gift_on, s.last_gift_amount, s.lifetime_total, s.gift_count, ")
            .Append("(SELECT string_agg(t.label, ', ' ORDER BY t.label) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id) ")
            .Append("FROM contacts c ")
            .Append("LEFT JOIN contact_addresses a ON a.contact_id = c.id AND a.is_main ")
            .Append("LEFT JOIN donor_summaries s ON s.contact_id = c.id ")
            .Append($"WHERE {compiled.Where} ORDER BY {order}, c.id OFFSET @page_skip LIMIT @page_take")
            .ToString();
    }

    private static SegmentContactRow Read(NpgsqlDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var kind = Enum.Parse<ContactKind>(r.GetString(2));
        var civility = Text(3) is { } c ? Enum.Parse<Civility>(c) : (Civility?)null;
        return new SegmentContactRow(
            r.GetInt64(0), r.GetInt64(1), ContactNames.Display(kind, civility, Text(4), Text(5), Text(6)), kind, Text(7), Text(8), Text(9), Text(10),
            r.GetFieldValue<DateOnly>(11), r.IsDBNull(12) ? null : r.GetFieldValue<DateOnly>(12), r.IsDBNull(13) ? null : r.GetDecimal(13),
            r.IsDBNull(14) ? null : r.GetDecimal(14), r.IsDBNull(15) ? null : r.GetInt32(15), Text(16));
    }
}
