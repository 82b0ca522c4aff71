using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>Bound from the <c>CatalogueImport</c> configuration section: how big one import may be.</summary>
public sealed class CatalogueImportOptions
{
    public const string Section = "CatalogueImport";

    /// <summary>The largest request body accepted, in bytes; a larger one is refused with 413 before more of it is read.</summary>
    [Range(typeof(long), "1024", "1073741824")]
    public long MaxBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The most CSV data rows, or JSON SKUs (a product without SKUs counting as one), one import may hold.</summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 5_000;
}
