using System.Data.Common;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>A resource the change feed reports: 'upserted' when it is publicly visible after the change, 'removed' when not.</summary>
public sealed record FeedEntry(string ResourceType, string ResourceId, string ProductId, bool Visible);

public static class FeedResources
{
    public const string Product = "product";
    public const string Variant = "variant";
    public const string Prices = "prices";

    public static readonly IReadOnlyList<string> All = [Product, Variant, Prices];

    /// <summary>upserted: publicly visible after the change; removed: not.</summary>
    public const string Upserted = "upserted";
    public const string Removed = "removed";

    public static readonly IReadOnlyList<string> Changes = [Upserted, Removed];
}

/// <summary>
/// Writes the change feed. Every catalogue write transaction first locks the one sequence row, so writers run one
/// at a time and sequences become visible in the order they were issued: a reader that has seen sequence N has seen
/// everything below it. Each resource keeps one row, moved to the end of the feed at every change.
/// </summary>
public static class CatalogueChangeLog
{
    public const string LockSequence = "UPDATE catalogue_sequence SET last_sequence = last_sequence WHERE singleton = 1;";

    public const string AllocateSequences = """
        UPDATE catalogue_sequence SET last_sequence = last_sequence + @Count WHERE singleton = 1;
        SELECT last_sequence FROM catalogue_sequence WHERE singleton = 1;
        """;

    public const string ReplaceEntry = """
        DELETE FROM catalogue_changes WHERE resource_type = @ResourceType AND resource_id = @ResourceId;
        INSERT INTO catalogue_changes (resource_type, resource_id, product_id, sequence, change, changed_at_ms)
        VALUES (@ResourceType, @ResourceId, @ProductId, @Sequence, @Change, @ChangedAtMs);
        """;

    /// <summary>Begins a catalogue write: a transaction that holds the feed's sequence lock until it ends.</summary>
    public static async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(LockSequence, transaction: transaction);
        return transaction;
    }

    public static async Task AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<FeedEntry> entries, long nowMs)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var last = await connection.ExecuteScalarAsync<long>(AllocateSequences, new { entries.Count }, transaction);
        var first = last - entries.Count + 1;
        await connection.ExecuteAsync(ReplaceEntry, entries.Select((e, i) => new
        {
            e.ResourceType, e.ResourceId, e.ProductId, Sequence = first + i, Change = e.Visible ? FeedResources.Upserted : FeedResources.Removed, ChangedAtMs = nowMs,
        }), transaction);
    }
}
