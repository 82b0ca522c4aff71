using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Errors;
using Microsoft.Extensions.Primitives;

namespace Backpack.Catalog.Api.Features.Admin.Versioned;

/// <summary>The record as stored after the write (null after a delete), or the problem that stopped it; nothing was written then.</summary>
/// <param name="Unchanged">The replacement equals what is stored: no new version, no audit entry.</param>
public sealed record VersionedWrite<TRecord>(TRecord? Saved, IResult? Problem, bool Created = false, bool Unchanged = false);

/// <summary>
/// The one way admin endpoints change a versioned record: in a catalogue write transaction, check the precondition
/// against the stored version, write, record who changed which fields in the audit trail, announce what catalogue reads
/// now show differently in the change feed, and commit.
/// </summary>
public sealed class VersionedRecordWriter(IDbConnectionFactory connections, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TRecord?> FindAsync<TRecord>(VersionedTable<TRecord> table, string key, CancellationToken cancellationToken)
        where TRecord : class
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await table.FindAsync(connection, null, connections.Dialect, key);
    }

    /// <summary>Stores a new record at version 1; 409 when one with its key exists.</summary>
    public Task<VersionedWrite<TRecord>> CreateAsync<TRecord>(
        VersionedTable<TRecord> table, TRecord record, string replaceAt, Caller caller, CancellationToken cancellationToken)
        where TRecord : class =>
        WriteAsync(table, table.KeyOf(record), caller, async (connection, transaction, stored, nowMs) =>
        {
            if (stored is not null)
            {
                return new VersionedWrite<TRecord>(null, TypedResults.Problem(
                    title: $"The {table.Noun} already exists.",
                    detail: $"A {table.Noun} with the id '{table.KeyOf(record)}' exists. Change it with PUT {replaceAt} and its ETag in If-Match.",
                    statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.AlreadyExists));
            }

            var created = table.WithVersion(record, 1);
            await table.InsertAsync(connection, transaction, connections.Dialect, created, nowMs);
            return new VersionedWrite<TRecord>(created, null, Created: true);
        }, cancellationToken);

    /// <summary>
    /// Replaces the stored record with If-Match against its version (428 without, 412 when stale). When nothing is stored and
    /// <paramref name="createWhenAbsent"/> is set, a PUT without If-Match creates it (a stale If-Match is still 412).
    /// </summary>
    public Task<VersionedWrite<TRecord>> ReplaceAsync<TRecord>(
        VersionedTable<TRecord> table, TRecord record, StringValues ifMatch, Caller caller, CancellationToken cancellationToken,
        bool createWhenAbsent = false)
        where TRecord : class =>
        WriteAsync(table, table.KeyOf(record), caller, async (connection, transaction, stored, nowMs) =>
        {
            if (stored is null)
            {
                if (!createWhenAbsent)
                {
                    return new VersionedWrite<TRecord>(null, NotFound(table, table.KeyOf(record)));
                }

                if (!StringValues.IsNullOrEmpty(ifMatch))
                {
                    return new VersionedWrite<TRecord>(null, CataloguePreconditions.Stale(table.Noun, null));
                }

                var created = table.WithVersion(record, 1);
                await table.InsertAsync(connection, transaction, connections.Dialect, created, nowMs);
                return new VersionedWrite<TRecord>(created, null, Created: true);
            }

            if (CataloguePreconditions.Check(ifMatch, table.VersionOf(stored), table.Noun) is { } refusal)
            {
                return new VersionedWrite<TRecord>(null, refusal);
            }

            if (JsonNode.DeepEquals(Fields(table, stored), Fields(table, record)))
            {
                return new VersionedWrite<TRecord>(stored, null, Unchanged: true);
            }

            var replaced = table.WithVersion(record, table.VersionOf(stored) + 1);
            return await table.UpdateAsync(connection, transaction, connections.Dialect, replaced, table.VersionOf(stored), nowMs) == 1
                ? new VersionedWrite<TRecord>(replaced, null)
                : new VersionedWrite<TRecord>(null, CataloguePreconditions.Stale(table.Noun, null));
        }, cancellationToken);

    /// <summary>Removes the stored record with If-Match against its version.</summary>
    public Task<VersionedWrite<TRecord>> DeleteAsync<TRecord>(
        VersionedTable<TRecord> table, string key, StringValues ifMatch, Caller caller, CancellationToken cancellationToken)
        where TRecord : class =>
        WriteAsync(table, key, caller, async (connection, transaction, stored, _) =>
        {
            if (stored is null)
            {
                return new VersionedWrite<TRecord>(null, NotFound(table, key));
            }

            if (CataloguePreconditions.Check(ifMatch, table.VersionOf(stored), table.Noun) is { } refusal)
            {
                return new VersionedWrite<TRecord>(null, refusal);
            }

            return await table.DeleteAsync(connection, transaction, connections.Dialect, stored) == 1
                ? new VersionedWrite<TRecord>(null, null)
                : new VersionedWrite<TRecord>(null, CataloguePreconditions.Stale(table.Noun, null));
        }, cancellationToken);

    public static IResult NotFound<TRecord>(VersionedTable<TRecord> table, string key)
        where TRecord : class =>
        Problems.NotFound($"{char.ToUpperInvariant(table.Noun[0])}{table.Noun[1..]} not found.", $"No {table.Noun} has the id '{key}'.");

    private async Task<VersionedWrite<TRecord>> WriteAsync<TRecord>(
        VersionedTable<TRecord> table, string key, Caller caller,
        Func<DbConnection, DbTransaction, TRecord?, long, Task<VersionedWrite<TRecord>>> write, CancellationToken cancellationToken)
        where TRecord : class
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await CatalogueChangeLog.BeginWriteAsync(connection, cancellationToken);
        var stored = await table.FindAsync(connection, transaction, connections.Dialect, key);
        var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var outcome = await write(connection, transaction, stored, nowMs);
        if (outcome.Problem is not null || outcome.Unchanged)
        {
            return outcome;
        }

        await RecordAsync(connection, transaction, connections.Dialect, table, key, stored, outcome.Saved, new WriteContext(caller.KeyId, caller.Role, nowMs, null));
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Inside a catalogue write the caller holds (a bulk import): creates the record, or replaces the stored one when it differs, with
    /// no If-Match, audited with the context's reason and announced like any write. Answers what it did: created, updated or unchanged.
    /// </summary>
    public static async Task<string> PutAsync<TRecord>(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, VersionedTable<TRecord> table, TRecord record, WriteContext context)
        where TRecord : class
    {
        var key = table.KeyOf(record);
        var stored = await table.FindAsync(connection, transaction, sql, key);
        if (stored is not null && JsonNode.DeepEquals(Fields(table, stored), Fields(table, record)))
        {
            return "unchanged";
        }

        var saved = table.WithVersion(record, stored is null ? 1 : table.VersionOf(stored) + 1);
        if (stored is null)
        {
            await table.InsertAsync(connection, transaction, sql, saved, context.NowMs);
        }
        else
        {
            await table.UpdateAsync(connection, transaction, sql, saved, table.VersionOf(stored), context.NowMs);
        }

        await RecordAsync(connection, transaction, sql, table, key, stored, saved, context);
        return stored is null ? "created" : "updated";
    }

    /// <summary>The audit entry and change-feed entries of one write.</summary>
    private static async Task RecordAsync<TRecord>(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, VersionedTable<TRecord> table, string key, TRecord? stored, TRecord? saved,
        WriteContext context)
        where TRecord : class
    {
        var before = stored is null ? null : Fields(table, stored);
        var after = saved is null ? new JsonObject() : Fields(table, saved);
        var action = saved is null ? "deleted" : stored is null ? "created" : "updated";
        await CatalogueAuditLog.AppendAsync(connection, transaction,
            [new AuditEntry($"{table.AuditType}.{action}", table.AuditType, key, null, CatalogueAuditLog.Diff(before, after))], context);
        await CatalogueChangeLog.AppendAsync(connection, transaction, await table.FeedEntriesAsync(connection, transaction, sql, stored, saved), context.NowMs);
    }

    /// <summary>The answered record, flat, without its version: the audit records what changed, not that something did.</summary>
    private static JsonObject Fields<TRecord>(VersionedTable<TRecord> table, TRecord record)
        where TRecord : class
    {
        var fields = CatalogueAuditLog.Flatten(table.Answer(record), Json);
        fields.Remove("version");
        return fields;
    }
}
