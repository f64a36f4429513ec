using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Infrastructure.Documents;

/// <summary>Keeps documents in the <c>document_contents</c> table, in the same transaction as their metadata.</summary>
public sealed class PostgresDocumentStore(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IDocumentStore
{
    public Task<string> PutAsync(AppDbContext db, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var key = $"pg:{Guid.NewGuid():N}";
        db.Set<StoredContent>().Add(new StoredContent { Key = key, Bytes = bytes.ToArray(), StoredAt = clock.GetUtcNow() });
        return Task.FromResult(key);
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<StoredContent>().AsNoTracking()
            .Where(c => c.Key == key)
            .Select(c => c.Bytes)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
