using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Versioned;
using Backpack.Catalog.Api.Infrastructure.Data;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>The versioned records an import file carries beside its products (customisation options, labels): each put, and counted.</summary>
public static class VersionedImport
{
    public static async Task<ImportCounts> PutAllAsync<TRecord>(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, VersionedTable<TRecord> table, IEnumerable<TRecord> records,
        WriteContext context)
        where TRecord : class
    {
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var record in records)
        {
            (created, updated, unchanged) = await VersionedRecordWriter.PutAsync(connection, transaction, sql, table, record, context) switch
            {
                "created" => (created + 1, updated, unchanged),
                "updated" => (created, updated + 1, unchanged),
                _ => (created, updated, unchanged + 1),
            };
        }

        return new ImportCounts(created, updated, unchanged);
    }
}
