using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Demo;

/// <summary>
/// Binary COPY of one table. Rows are written with Npgsql's synchronous writes: they only fill a buffer, and an
/// awaited call per field would cost more than the field itself over tens of millions of fields.
/// </summary>
internal static class DemoCopy
{
    public static async Task<long> CopyAsync(
        NpgsqlConnection connection, string table, string columns, DemoProgressCounter counter, Action<NpgsqlBinaryImporter> writeRows, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        importer.Timeout = TimeSpan.FromHours(1);
        writeRows(importer);
        var rows = (long)await importer.CompleteAsync(ct);
        counter.Done();
        return rows;
    }

    public static void WriteText(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    public static void WriteDate(NpgsqlBinaryImporter importer, DateOnly? value)
    {
        if (value is { } day)
        {
            importer.Write(day, NpgsqlDbType.Date);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public static void WriteId(NpgsqlBinaryImporter importer, long? value)
    {
        if (value is { } id)
        {
            importer.Write(id, NpgsqlDbType.Bigint);
        }
        else
        {
            importer.WriteNull();
        }
    }
}
