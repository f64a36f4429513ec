namespace CrmBlazor.Application.Common;

/// <summary>One page of a server-side list. Page is zero-based, as MudDataGrid counts.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    public int Skip => (int)Math.Min(int.MaxValue, (long)Math.Max(0, Page) * Take);

    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
