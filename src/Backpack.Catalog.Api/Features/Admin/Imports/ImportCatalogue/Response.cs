using Backpack.Catalog.Api.Infrastructure.OpenApi;
namespace Backpack.Catalog.Api.Features.Admin.Imports.ImportCatalogue;

/// <summary>What the import changed, or with dryRun what it would change.</summary>
/// <param name="ImportId">Names the import in the audit trail, whose entries give the reason "bulk import {importId}".</param>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Format">json or csv, as the Content-Type said.</param>
/// <param name="Products">Products of the file: created, updated (their own fields or their list of SKUs changed) and unchanged.</param>
/// <param name="Skus">SKUs of the file: created, updated (terms, prices, stock or status changed) and unchanged.</param>
/// <param name="CustomizationOptions">The file's customisation options (JSON only): created, updated and unchanged; null when the file has none.</param>
/// <param name="Labels">The file's vocabulary labels (JSON only): created, updated and unchanged; null when the file has none.</param>
public sealed record ImportCatalogueResponse(
    [property: Identifier(Ids.Import)] string ImportId,
    bool DryRun,
    [property: OneOf(typeof(ImportFile), nameof(ImportFile.Formats))] string Format,
    ImportCounts Products,
    ImportCounts Skus,
    ImportCounts? CustomizationOptions,
    ImportCounts? Labels = null)
{
    public static ImportCatalogueResponse Example => new(
        "imp_0195f3a2c4e87d21b6a90f3c5e7d1a24", false, ImportFile.Csv, new ImportCounts(1, 2, 27), new ImportCounts(3, 5, 98), null);
}
