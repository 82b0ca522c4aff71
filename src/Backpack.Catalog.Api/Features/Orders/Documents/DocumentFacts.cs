using System.Data.Common;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Orders.Documents;

/// <summary>A SKU as the documents describe and pack it, from the catalogue.</summary>
public sealed class DocumentSku
{
    public string Sku { get; init; } = "";
    public string Name { get; init; } = "";
    public string Colour { get; init; } = "";
    public string Material { get; init; } = "";
    public int CartonSize { get; init; }
    public int? CartonLengthCm { get; init; }
    public int? CartonWidthCm { get; init; }
    public int? CartonHeightCm { get; init; }

    public string Description => $"{Name}, {Colour}, {Material}";

    public string? Dimensions => this is { CartonLengthCm: { } l, CartonWidthCm: { } w, CartonHeightCm: { } h } ? $"{l} × {w} × {h}" : null;
}

/// <summary>What the documents need besides the order: the buyer's company name and each SKU's description and carton.</summary>
public sealed record DocumentFacts(string BuyerName, IReadOnlyDictionary<string, DocumentSku> Skus)
{
    private const string SelectBuyer = "SELECT company_name FROM distributors WHERE distributor_id = @DistributorId;";

    private const string SelectSkus = """
        SELECT v.sku, p.name, v.colour, v.material, v.carton_size, v.carton_length_cm, v.carton_width_cm, v.carton_height_cm
        FROM variants v JOIN products p ON p.product_id = v.product_id
        WHERE v.sku IN @Skus;
        """;

    public static async Task<DocumentFacts> ReadAsync(DbConnection connection, SqlDialect sql, OrderQueries.WholeOrder whole) => new(
        await connection.ExecuteScalarAsync<string>(sql.Render(SelectBuyer), new { whole.Order.DistributorId }) ?? whole.Order.DistributorId,
        (await connection.QueryAsync<DocumentSku>(sql.Render(SelectSkus), new { Skus = whole.Lines.Select(l => l.Sku).Distinct().ToList() }))
            .ToDictionary(s => s.Sku, StringComparer.Ordinal));

    /// <summary>Names for the factory countries the marks print; others print as their code.</summary>
    public static string CountryName(string code) => code switch
    {
        "VN" => "VIETNAM",
        "CN" => "CHINA",
        "KH" => "CAMBODIA",
        "BD" => "BANGLADESH",
        "IN" => "INDIA",
        "TR" => "TÜRKIYE",
        "PK" => "PAKISTAN",
        _ => code,
    };

    /// <summary>The Incoterm's named place by name, or the ship-to city for an order placed before named places.</summary>
    public static string PlaceName(OrderRow order) =>
        order.IncotermPlace is { } code && Places.ByCode.TryGetValue(code, out var place) ? place.Name : order.ShipToCity;
}
