using System.Data.Common;
using Dapper;
using DbUp;
using DbUp.Engine;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public sealed class MigrationException(string message) : Exception(message);

/// <summary>
/// Applies the embedded numbered scripts with DbUp, one transaction per script. The journal is
/// <see cref="MigrationJournal"/>: before DbUp runs, a database that has a script this build lacks, or an applied
/// script whose text has changed since, is refused.
/// </summary>
public sealed class DatabaseMigrator(IDbConnectionFactory connections, TimeProvider clock, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Scripts not yet applied. Throws when an applied script was edited or is missing.</summary>
    public async Task<IReadOnlyList<MigrationScript>> PendingAsync(CancellationToken cancellationToken) =>
        (await ReadVerifiedAsync(cancellationToken)).Pending;

    public async Task<int> ApplyPendingAsync(CancellationToken cancellationToken)
    {
        var (scripts, applied, pending) = await ReadVerifiedAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var result = Engine(scripts, applied).PerformUpgrade();
        if (!result.Successful)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(result.Error);
        }

        foreach (var script in result.Scripts)
        {
            logger.LogInformation("Applied migration {Name}", script.Name);
        }

        return result.Scripts.Count();
    }

    /// <summary>This build's scripts, the journal's rows, and the scripts not yet applied; throws before anything runs if they disagree.</summary>
    private async Task<(IReadOnlyList<MigrationScript> Scripts, IReadOnlyList<AppliedMigration> Applied, IReadOnlyList<MigrationScript> Pending)> ReadVerifiedAsync(
        CancellationToken cancellationToken)
    {
        var scripts = MigrationScripts.For(connections.Provider);
        var applied = await ReadAppliedAsync(cancellationToken);
        Verify(scripts, applied);
        var appliedVersions = applied.Select(a => a.Version).ToHashSet();
        return (scripts, applied, scripts.Where(s => !appliedVersions.Contains(s.Version)).ToList());
    }

    private UpgradeEngine Engine(IReadOnlyList<MigrationScript> scripts, IReadOnlyList<AppliedMigration> applied)
    {
        var target = connections.Provider == DatabaseProvider.Sqlite
            ? DeployChanges.To.SqliteDatabase(connections.ConnectionString)
            : DeployChanges.To.SqlDatabase(connections.ConnectionString);
        return target
            .WithScripts(scripts.Select(s => new SqlScript(s.Name, s.Sql)))
            .JournalTo(new MigrationJournal(connections, scripts, applied, clock))
            .WithTransactionPerScript()
            // The scripts are plain SQL: a $name$ in them is text, not a variable to substitute.
            .WithVariablesDisabled()
            .LogTo(logger)
            .Build();
    }

    private static void Verify(IReadOnlyList<MigrationScript> scripts, IReadOnlyList<AppliedMigration> applied)
    {
        var byVersion = scripts.ToDictionary(s => s.Version);
        foreach (var done in applied)
        {
            if (!byVersion.TryGetValue(done.Version, out var script))
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
    }

    private async Task<IReadOnlyList<AppliedMigration>> ReadAppliedAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(MigrationJournalSql.CreateJournal(connections.Dialect));
        return (await connection.QueryAsync<AppliedMigration>(connections.Dialect.Render(MigrationJournalSql.SelectApplied))).ToList();
    }
}
