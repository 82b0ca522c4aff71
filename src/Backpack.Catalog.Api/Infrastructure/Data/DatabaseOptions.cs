using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
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
}
