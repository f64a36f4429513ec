namespace CrmBlazor.Infrastructure.Documents;

/// <summary>Where documents' bytes live: PostgreSQL by default, object storage for a deployment that wants it.</summary>
public interface IDocumentStore
{
    /// <summary>Stores the bytes and returns their key. Runs in the caller's transaction when the store is the database.</summary>
    Task<string> PutAsync(Data.AppDbContext db, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken);
}
