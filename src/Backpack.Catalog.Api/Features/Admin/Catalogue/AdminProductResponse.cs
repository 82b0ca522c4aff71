using System.Text.Json.Serialization;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>
/// A product as the catalogue owner sees it, in any status. Its SKUs are listed by code and status only: their terms,
/// prices and stock are separate resources (GET /v1/admin/variants/{sku}) with their own ETags.
/// </summary>
/// <param name="Version">Bumped by every change to this record; the ETag is this number in quotes.</param>
public sealed record AdminProductResponse(
    string Id,
    string Category,
    string Status,
    string Name,
    string Description,
    ProductSpecsDocument Specs,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> Certifications,
    string OriginCountry,
    string HsCode,
    int LeadTimeDays,
    int? ProductMoq,
    IReadOnlyList<AdminSkuSummary> Variants,
    int Version,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static AdminProductResponse Example => From(StoredExample.Product);

    public static AdminProductResponse From(StoredProduct stored)
    {
        var p = stored.Document;
        return new AdminProductResponse(
            p.Id!, p.Category!, p.Status!, p.Name!, p.Description!, p.Specs!, p.Features!, p.Certifications!, p.OriginCountry!, p.HsCode!,
            p.LeadTimeDays!.Value, p.ProductMoq, p.Variants!.Select(v => new AdminSkuSummary(v.Sku!, v.Status!)).ToList(), stored.Version,
            DateTimeOffset.FromUnixTimeMilliseconds(stored.CreatedAtMs).UtcDateTime, DateTimeOffset.FromUnixTimeMilliseconds(stored.UpdatedAtMs).UtcDateTime);
    }

    [JsonIgnore]
    public string ETag => CataloguePreconditions.ETagOf(Version);
}

public sealed record AdminSkuSummary(string Sku, string Status)
{
    /// <summary>Where the SKU's terms, prices and stock are read and changed.</summary>
    public string Href => $"/v1/admin/variants/{Sku}";
}
