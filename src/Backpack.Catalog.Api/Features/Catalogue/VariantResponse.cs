using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Catalogue;

/// <summary>One SKU as product and variant reads show it. Shared by GetProduct and GetVariant.</summary>
/// <param name="Moq">Minimum order quantity, in units.</param>
/// <param name="OrderIncrement">Quantities above the MOQ go up in steps of this many units (whole cartons).</param>
/// <param name="CartonSize">Units per master carton.</param>
/// <param name="MaxPerOrder">The most units one order may carry, when limited.</param>
/// <param name="StockAvailable">Units in stock and free to order now: stock on hand less the units open orders have reserved.</param>
/// <param name="Availability">in_stock when units are available from stock, otherwise made_to_order.</param>
/// <param name="LeadTimeDays">Days to ship quantities beyond the stock on hand.</param>
/// <param name="Packing">The master carton's size and gross weight and the inner pack; null when the catalogue owner has not recorded them.</param>
/// <param name="PriceTiers">The full ladder, ascending; each tier applies from minQuantity up to maxQuantity (null: no upper bound).</param>
public sealed record VariantResponse(
    [property: Identifier(Ids.Sku)] string Sku,
    [property: MaxLength(CatalogueRules.MaxColourLength)] string Colour,
    [property: OneOf(typeof(CatalogueVocabulary), nameof(CatalogueVocabulary.Materials))] string Material,
    [property: Range(1, CatalogueRules.MaxQuantity)] int Moq,
    [property: Range(1, CatalogueRules.MaxQuantity)] int OrderIncrement,
    [property: Range(1, CatalogueRules.MaxCartonSize)] int CartonSize,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? MaxPerOrder,
    SampleTermsResponse? Sample,
    [property: Range(0, CatalogueRules.MaxStock)] int StockAvailable,
    [property: OneOf(typeof(VariantRow), nameof(VariantRow.Availabilities))] string Availability,
    [property: Range(0, CatalogueRules.MaxLeadTimeDays)] int LeadTimeDays,
    PackingResponse? Packing,
    [property: MaxLength(CatalogueRules.MaxTiers)] IReadOnlyList<PriceTierResponse> PriceTiers)
{
    public static VariantResponse Example => new(
        "CL-METRO9-BLK", "Black", "polyester", 48, 24, 24, null, new SampleTermsResponse(new Money(24.50m, Money.BaseCurrency), 5, CatalogueRules.DefaultSampleLeadDays), 1180,
        VariantRow.InStock, 30, new PackingResponse(52, 40, 38, 10.40m, 0.079m, InnerPacks.Polybag),
        [new PriceTierResponse(48, 239, new Money(9.80m, Money.BaseCurrency)), new PriceTierResponse(240, null, new Money(8.90m, Money.BaseCurrency))]);
}

/// <param name="MaxQuantity">Units one sample order may hold.</param>
/// <param name="LeadTimeDays">Days to ship a sample when none is in stock (it is sewn from stock colours); from stock it ships within the
/// dispatch days, never after the bulk lead time.</param>
public sealed record SampleTermsResponse(
    Money UnitPrice, [property: Range(1, CatalogueRules.MaxQuantity)] int MaxQuantity, [property: Range(1, CatalogueRules.MaxSampleLeadDays)] int LeadTimeDays);

public sealed record PriceTierResponse(
    [property: Range(1, CatalogueRules.MaxQuantity)] int MinQuantity,
    [property: Range(1, CatalogueRules.MaxQuantity)] int? MaxQuantity,
    Money UnitPrice);

/// <summary>Variant and tier rows as the catalogue reads select them.</summary>
public class VariantRow
{
    public const string InStock = "in_stock";
    public const string MadeToOrder = "made_to_order";

    public static readonly IReadOnlyList<string> Availabilities = [InStock, MadeToOrder];

    public const string Columns = """
        v.sku, v.product_id, v.colour, v.material, v.moq, v.order_increment, v.carton_size, v.max_per_order,
        v.sample_price_cents, v.sample_max, v.sample_lead_days, v.stock_on_hand - v.stock_reserved AS stock_available, v.carton_length_cm,
        v.carton_width_cm, v.carton_height_cm, v.carton_gross_weight_g, v.inner_pack
        """;

    public string Sku { get; init; } = "";
    public string ProductId { get; init; } = "";
    public string Colour { get; init; } = "";
    public string Material { get; init; } = "";
    public int Moq { get; init; }
    public int OrderIncrement { get; init; }
    public int CartonSize { get; init; }
    public int? MaxPerOrder { get; init; }
    public long? SamplePriceCents { get; init; }
    public int? SampleMax { get; init; }
    public int? SampleLeadDays { get; init; }

    /// <summary>Days to ship a sample that is not in stock.</summary>
    public int SampleDays => SampleLeadDays ?? CatalogueRules.DefaultSampleLeadDays;
    public int StockAvailable { get; init; }
    public int? CartonLengthCm { get; init; }
    public int? CartonWidthCm { get; init; }
    public int? CartonHeightCm { get; init; }
    public int? CartonGrossWeightG { get; init; }
    public string? InnerPack { get; init; }

    public VariantResponse ToResponse(int leadTimeDays, IEnumerable<TierRow> tiers)
    {
        var ladder = tiers.OrderBy(t => t.MinQuantity).ToList();
        return new VariantResponse(
            Sku, Colour, Material, Moq, OrderIncrement, CartonSize, MaxPerOrder,
            SamplePriceCents is { } sample && SampleMax is { } max ? new SampleTermsResponse(Money.FromUsdCents(sample), max, SampleDays) : null,
            StockAvailable, StockAvailable > 0 ? InStock : MadeToOrder, leadTimeDays,
            CartonLengthCm is { } length && CartonWidthCm is { } width && CartonHeightCm is { } height && CartonGrossWeightG is { } grams && InnerPack is { } inner
                ? PackingResponse.From(new PackingDocument
                {
                    CartonLengthCm = length, CartonWidthCm = width, CartonHeightCm = height, CartonGrossWeightKg = decimal.Round(grams / 1000m, 2), InnerPack = inner,
                })
                : null,
            ladder.Select((t, i) => new PriceTierResponse(
                t.MinQuantity,
                i + 1 < ladder.Count ? ladder[i + 1].MinQuantity - 1 : null,
                Money.FromUsdCents(t.UnitPriceCents))).ToList());
    }
}

public sealed class TierRow
{
    public string Sku { get; init; } = "";
    public int MinQuantity { get; init; }
    public long UnitPriceCents { get; init; }
}
