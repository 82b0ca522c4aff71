using System.Data.Common;
using Dapper;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public sealed class MigrationException(string message) : Exception(message);

/// <summary>Applies the embedded numbered scripts in order, one transaction per script, recording each in a journal.</summary>
public sealed class DatabaseMigrator(IDbConnectionFactory connections, TimeProvider clock, ILogger<DatabaseMigrator> logger)
{
    private sealed class AppliedMigration
    {
        public long Version { get; init; }

        public string Name { get; init; } = "";

        public string Checksum { get; init; } = "";
    }

    /// <summary>Scripts not yet applied. Throws when an applied script was edited or is missing.</summary>
    public async Task<IReadOnlyList<MigrationScript>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await EnsureJournalAsync(connection);
        return Pending(MigrationScripts.For(connections.Provider), await ReadAppliedAsync(connection, null));
    }

    public async Task<int> ApplyPendingAsync(CancellationToken cancellationToken)
    {
        var applied = 0;
        foreach (var script in await PendingAsync(cancellationToken))
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Another instance may have applied it between our read and our lock.
            var already = await connection.ExecuteScalarAsync<long>(
                connections.Dialect.Render(MigrationJournalSql.CountVersion), new { script.Version }, transaction);
            if (already > 0)
            {
                continue;
            }

            await connection.ExecuteAsync(script.Sql, transaction: transaction);
            await connection.ExecuteAsync(
                connections.Dialect.Render(MigrationJournalSql.InsertApplied),
                new { script.Version, script.Name, script.Checksum, AppliedAtMs = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied migration {Version} {Name}", script.Version, script.Name);
            applied++;
        }

        return applied;
    }

    private static List<MigrationScript> Pending(IReadOnlyList<MigrationScript> scripts, IReadOnlyList<AppliedMigration> applied)
    {
        var byVersion = scripts.ToDictionary(s => s.Version);
        foreach (var done in applied)
        {
            if (!byVersion.TryGetValue((int)done.Version, out var script))
            {
                throw new MigrationException(
                    $"Migration {done.Version} ({done.Name}) is applied to the database but is not part of this build. Refusing to start.");
            }

            if (!string.Equals(script.Checksum, done.Checksum, StringComparison.Ordinal))
            {
                throw new MigrationException(
                    $"Migration {done.Version} ({done.Name}) was edited after it was applied (checksum {done.Checksum} in the database, {script.Checksum} now). " +
                    "Applied migrations are immutable: revert the edit and add a new numbered script instead. Refusing to start.");
            }
        }

        var appliedVersions = applied.Select(a => (int)a.Version).ToHashSet();
        return scripts.Where(s => !appliedVersions.Contains(s.Version)).ToList();
    }

    private async Task EnsureJournalAsync(DbConnection connection) =>
        await connection.ExecuteAsync(connections.Provider == DatabaseProvider.Sqlite
            ? MigrationJournalSql.CreateJournalSqlite
            : MigrationJournalSql.CreateJournalSqlServer);

    private async Task<IReadOnlyList<AppliedMigration>> ReadAppliedAsync(DbConnection connection, DbTransaction? transaction) =>
        (await connection.QueryAsync<AppliedMigration>(
            connections.Dialect.Render(MigrationJournalSql.SelectApplied), transaction: transaction)).ToList();
}
