using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>How often the embedded database forces its writes to disk (SQLite's <c>synchronous</c> setting).</summary>
public enum SqliteSynchronous
{
    /// <summary>At every commit: a committed write survives a power loss.</summary>
    Full,

    /// <summary>At checkpoints: commits survive an app crash, but the last ones can be lost with the machine's power.</summary>
    Normal,
}

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for SqlServer; for Sqlite, overrides the file under <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder holding the embedded SQLite file; relative paths resolve against the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>Load the demo catalogue into an empty database on start (embedded default) or on migrate.</summary>
    public bool SeedDemoCatalogue { get; set; } = true;

    /// <summary>Sqlite only: Full syncs every commit to disk, Normal only at checkpoints (faster writes, see README).</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;
}
