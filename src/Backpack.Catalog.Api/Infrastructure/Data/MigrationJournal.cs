using System.Data;
using DbUp.Engine;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public sealed class AppliedMigration
{
    public int Version { get; init; }

    public string Name { get; init; } = "";

    public string Checksum { get; init; } = "";
}

/// <summary>
/// DbUp's journal, kept in the <c>schema_migrations</c> table this project has always used, so every database made
/// before DbUp upgrades in place without re-running a script. DbUp's own SchemaVersions table records names only;
/// this one also keeps each script's version and SHA-256, which is what lets a start refuse an edited script.
/// DbUp writes the row in the script's own transaction, so a script that fails leaves no row.
/// </summary>
internal sealed class MigrationJournal(
    IDbConnectionFactory connections, IReadOnlyList<MigrationScript> scripts, IReadOnlyList<AppliedMigration> applied, TimeProvider clock) : IJournal
{
    /// <summary>Read (and verified) by the migrator just before DbUp runs.</summary>
    public string[] GetExecutedScripts() => applied.Select(a => a.Name).ToArray();

    public void StoreExecutedScript(SqlScript script, Func<IDbCommand> dbCommandFactory)
    {
        var migration = scripts.Single(s => s.Name == script.Name);
        using var command = dbCommandFactory();
        command.CommandText = connections.Dialect.Render(MigrationJournalSql.InsertApplied);
        Add(command, "Version", migration.Version);
        Add(command, "Name", migration.Name);
        Add(command, "Checksum", migration.Checksum);
        Add(command, "AppliedAtMs", clock.GetUtcNow().ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    public void EnsureTableExistsAndIsLatestVersion(Func<IDbCommand> dbCommandFactory)
    {
        using var command = dbCommandFactory();
        command.CommandText = MigrationJournalSql.CreateJournal(connections.Dialect);
        command.ExecuteNonQuery();
    }

    private static void Add(IDbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
