using CrmBlazor.Domain.Journal;

namespace CrmBlazor.Infrastructure.Documents;

/// <summary>A document's bytes in PostgreSQL (the default <see cref="IDocumentStore"/>).</summary>
[NotJournaled]
public sealed class StoredContent
{
    public string Key { get; set; } = "";

    public byte[] Bytes { get; set; } = [];

    public DateTimeOffset StoredAt { get; set; }
}
