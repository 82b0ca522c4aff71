using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Dapper;

namespace Backpack.Catalog.Api.Features.Catalogue.ListProducts;

/// <summary>The facets a product list can count: category, material, certification, feature and a capacity histogram.</summary>
public static class FacetNames
{
    public const string Category = "category";
    public const string Material = "material";
    public const string Certification = "certification";
    public const string Feature = "feature";
    public const string Capacity = "capacity";

    public static readonly IReadOnlyList<string> All = [Category, Material, Certification, Feature, Capacity];

    /// <summary>The capacity histogram's bucket edges in litres; the last bucket has no upper edge.</summary>
    public static readonly IReadOnlyList<double> CapacityEdges = [0, 6, 9, 12, 15];
}

/// <param name="Value">The category, material, certification or feature key.</param>
/// <param name="Count">Products of the whole filtered list (every page) that have it.</param>
public sealed record FacetCountResponse([property: MaxLength(40)] string Value, [property: Range(0, int.MaxValue)] int Count);

/// <param name="FromLitres">The bucket's lower edge, inclusive.</param>
/// <param name="ToLitres">Its upper edge, exclusive; null for the last bucket.</param>
public sealed record CapacityBucketResponse(double FromLitres, double? ToLitres, [property: Range(0, int.MaxValue)] int Count);

/// <summary>
/// Counts over the whole filtered list, every page of it, for drawing a filter sidebar: each key of the vocabulary with how many products
/// have it (0 included), and the capacity histogram. A facet not asked for is null. A product counts for a material when its main material or
/// an active SKU's is that material, and for a certification while a valid certificate covers it.
/// </summary>
public sealed record ProductFacetsResponse(
    [property: MaxLength(20)] IReadOnlyList<FacetCountResponse>? Category,
    [property: MaxLength(20)] IReadOnlyList<FacetCountResponse>? Material,
    [property: MaxLength(20)] IReadOnlyList<FacetCountResponse>? Certification,
    [property: MaxLength(20)] IReadOnlyList<FacetCountResponse>? Feature,
    [property: MaxLength(5)] IReadOnlyList<CapacityBucketResponse>? Capacity)
{
    public static ProductFacetsResponse Example => new(
        [new("classic", 6), new("eco", 5), new("hike-daypack", 5), new("kids", 5), new("leather", 5), new("tactical", 4)], null, null, null,
        [new(0, 6, 3), new(6, 9, 9), new(9, 12, 10), new(12, 15, 6), new(15, null, 2)]);

    public static async Task<ProductFacetsResponse> CountAsync(DbConnection connection, string sql, DynamicParameters parameters, IReadOnlySet<string> asked)
    {
        await using var results = await connection.QueryMultipleAsync(sql, parameters);
        var products = (await results.ReadAsync<(string ProductId, string Category, string Material, double Capacity)>()).AsList();
        var variantMaterials = (await results.ReadAsync<(string ProductId, string Key)>()).AsList();
        var features = (await results.ReadAsync<(string ProductId, string Key)>()).AsList();
        var certifications = (await results.ReadAsync<(string ProductId, string Key)>()).AsList();

        List<FacetCountResponse>? Count(string facet, IEnumerable<string> vocabulary, IEnumerable<(string ProductId, string Key)> pairs) =>
            asked.Contains(facet)
                ? vocabulary.Order(StringComparer.Ordinal).Select(key => new FacetCountResponse(key, pairs.Where(p => p.Key == key).Select(p => p.ProductId).Distinct().Count())).ToList()
                : null;

        var edges = FacetNames.CapacityEdges;
        return new ProductFacetsResponse(
            Count(FacetNames.Category, CatalogueVocabulary.Categories, products.Select(p => (p.ProductId, p.Category))),
            Count(FacetNames.Material, CatalogueVocabulary.Materials, products.Select(p => (p.ProductId, p.Material)).Concat(variantMaterials)),
            Count(FacetNames.Certification, CatalogueVocabulary.Certifications, certifications),
            Count(FacetNames.Feature, CatalogueVocabulary.Features, features),
            asked.Contains(FacetNames.Capacity)
                ? edges.Select((from, i) => new CapacityBucketResponse(from, i + 1 < edges.Count ? edges[i + 1] : null,
                    products.Count(p => p.Capacity >= from && (i + 1 >= edges.Count || p.Capacity < edges[i + 1])))).ToList()
                : null);
    }
}
