using System.Data.Common;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// The customisation options of a JSON import, inside the import's write after its products: each is held to the option rules (its
/// SKUs are looked up as the file's products leave the catalogue) and created or replaced by id, audited with the import's reason.
/// Errors are reported at customizationOptions[i], after the products' errors.
/// </summary>
public static class CustomizationOptionImport
{
    private const string SelectIds = "SELECT option_id FROM customization_options";

    public static async Task<ImportCounts> RunAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect sql, IReadOnlyList<CustomizationOptionDocument?> options, int firstRow,
        WriteContext context, List<ImportError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var checkedOptions = new List<CustomizationOptionDocument>();
        for (var i = 0; i < options.Count; i++)
        {
            var (row, path) = (firstRow + i, $"customizationOptions[{i}]");
            void Fail(string field, string message) => errors.Add(new ImportError(new ImportLocation(row, null, $"{path}.{field}"), null, null, message));
            if (options[i] is not { } option)
            {
                errors.Add(new ImportError(new ImportLocation(row, null, path), null, null, $"{path} is null; a customisation option belongs here."));
                continue;
            }

            if (option.Id is not null && !seen.Add(option.Id))
            {
                Fail("id", $"The customisation option {option.Id} appears more than once in the file; list each option once.");
                continue;
            }

            var skus = (option.Skus ?? []).Where(s => s is not null).Take(CustomizationOptionRules.MaxSkus).Distinct().ToList();
            var families = skus.Count == 0
                ? new Dictionary<string, string>(StringComparer.Ordinal)
                : (await connection.QueryAsync<(string Sku, string Family)>(sql.Render(CustomizationOptionChecks.SelectFamilies), new { Skus = skus }, transaction))
                    .ToDictionary(r => r.Sku, r => r.Family, StringComparer.Ordinal);
            var before = errors.Count;
            CustomizationOptionRules.Check(option, families, Fail);
            if (errors.Count == before)
            {
                checkedOptions.Add(option);
            }
        }

        var stored = (await connection.QueryAsync<string>(SelectIds, transaction: transaction)).ToHashSet(StringComparer.Ordinal);
        if (stored.Union(seen).Count() > CustomizationOptionRules.MaxOptions)
        {
            errors.Add(new ImportError(new ImportLocation(firstRow, null, "customizationOptions"), null, null,
                $"The catalogue holds at most {CustomizationOptionRules.MaxOptions} customisation options; with this file it would hold {stored.Union(seen).Count()}."));
        }

        return errors.Count > 0
            ? new ImportCounts(0, 0, 0)
            : await VersionedImport.PutAllAsync(connection, transaction, sql, CustomizationOptionTable.Instance,
                checkedOptions.Select(option => CustomizationOptionRules.ToOption(option.Id!, option, 1)), context);
    }
}
