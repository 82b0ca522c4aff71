using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Versioned;

/// <summary>
/// One kind of versioned admin record (a freight lane, a duty rate, a customisation option …) as the writer sees it: how a record is found, stored, replaced and removed, what it is
/// called in answers, and what its audit entries record. Each write carries the version it was checked against, so a
/// change can only land on the record it was read from.
/// </summary>
public abstract class VersionedTable<TRecord>
    where TRecord : class
{
    /// <summary>What the answers call it, e.g. "freight lane".</summary>
    public abstract string Noun { get; }

    /// <summary>The audit trail's resource type, e.g. freight_lane.</summary>
    public abstract string AuditType { get; }

    /// <summary>The record's id in the audit trail and in its URL, e.g. cnytn-kemba-sea-lcl or KE/4202.92.</summary>
    public abstract string KeyOf(TRecord record);

    public abstract int VersionOf(TRecord record);

    public abstract TRecord WithVersion(TRecord record, int version);

    /// <summary>The record as the admin API answers it; its members, flattened, are what the audit entry compares.</summary>
    public abstract object Answer(TRecord record);

    public abstract Task<TRecord?> FindAsync(DbConnection connection, DbTransaction? transaction, SqlDialect sql, string key);

    /// <summary>Inserts with every column; the statement's parameters are <see cref="Parameters"/>.</summary>
    protected abstract string Insert { get; }

    /// <summary>Sets every column WHERE the key matches AND version = @ExpectedVersion.</summary>
    protected abstract string Update { get; }

    /// <summary>Deletes WHERE the key matches AND version = @Version.</summary>
    protected abstract string Delete { get; }

    /// <summary>The record's columns as statement parameters, with @NowMs and @ExpectedVersion.</summary>
    protected abstract object Parameters(TRecord record, long nowMs, int expectedVersion);

    /// <summary>What the change feed announces for a change from <paramref name="before"/> to <paramref name="after"/> (null when absent): nothing, unless catalogue reads show the record.</summary>
    public virtual Task<IReadOnlyList<FeedEntry>> FeedEntriesAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, TRecord? before, TRecord? after) =>
        Task.FromResult<IReadOnlyList<FeedEntry>>([]);

    public Task InsertAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, TRecord record, long nowMs) =>
        connection.ExecuteAsync(sql.Render(Insert), Parameters(record, nowMs, 0), transaction);

    /// <returns>The rows changed: 0 when the stored version is no longer <paramref name="expectedVersion"/>.</returns>
    public Task<int> UpdateAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, TRecord record, int expectedVersion, long nowMs) =>
        connection.ExecuteAsync(sql.Render(Update), Parameters(record, nowMs, expectedVersion), transaction);

    /// <returns>The rows removed: 0 when the stored version is no longer the record's.</returns>
    public Task<int> DeleteAsync(DbConnection connection, DbTransaction transaction, SqlDialect sql, TRecord record) =>
        connection.ExecuteAsync(sql.Render(Delete), Parameters(record, 0, 0), transaction);
}
