using Backpack.Catalog.Api.Features.Admin.Catalogue;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// One CSV row's cells (in <see cref="CatalogueCsvColumns.All"/> order) read as document fields. An empty cell is a
/// missing value (null); a cell that does not read as its type is an error at its row and column, and null.
/// </summary>
public sealed class CatalogueCsvRow(string[] cells, int row, List<ImportError> errors)
{
    private delegate bool TryRead<T>(string text, out T value);

    private readonly string? _productId = Nonempty(cells[CatalogueCsvColumns.Position(CatalogueCsvColumns.ProductId)]);
    private readonly string? _sku = Nonempty(cells[CatalogueCsvColumns.Position(CatalogueCsvColumns.Sku)]);

    public ProductDocument ToProduct() => new()
    {
        Id = Text("product_id"), Category = Text("category"), Status = Text("product_status"), Name = Text("name"),
        Description = Text("description"),
        Specs = new ProductSpecsDocument
        {
            Material = Text("material"), MaterialGrade = Text("material_grade"), CapacityLitres = Number("capacity_litres"),
            HeightCm = Number("height_cm"), WidthCm = Number("width_cm"), DepthCm = Number("depth_cm"),
            WeightGrams = Whole("weight_grams"), MaxLoadKg = Number("max_load_kg"), Lining = Text("lining"), Zipper = Text("zipper"),
            StitchesPerInch = Whole("stitches_per_inch"), WaterResistance = Text("water_resistance"), UvStabilised = Flag("uv_stabilised"),
        },
        OriginCountry = Text("origin_country"), HsCode = Text("hs_code"), LeadTimeDays = Whole("lead_time_days"),
        ProductMoq = Whole("product_moq"), Features = Keys("features"), Certifications = Keys("certifications"), CreatedAt = Time("created_at"),
        Translations = Translations(),
    };

    // Empty translation cells are no translations, which an import reads as "keep the stored ones", as JSON does when they are left out.
    private ProductTranslationsDocument? Translations() => ProductTranslationsDocument.Normalise(
        Features.Catalogue.Localization.Languages.Translations.Aggregate(new ProductTranslationsDocument(), (all, language) => all.With(language, new ProductTextDocument
        {
            Name = Text(CatalogueCsvColumns.TranslationColumn("name", language)),
            Description = Text(CatalogueCsvColumns.TranslationColumn("description", language)),
        })));

    public VariantDocument ToVariant() => new()
    {
        Sku = _sku, Status = Text("variant_status"), Colour = Text("colour"), Material = Text("variant_material"), Moq = Whole("moq"),
        OrderIncrement = Whole("order_increment"), CartonSize = Whole("carton_size"), MaxPerOrder = Whole("max_per_order"),
        SamplePriceUsd = Read<decimal>("sample_price_usd", CatalogueCsvFormat.TryMoney, "a USD amount such as 24.50"),
        SampleMax = Whole("sample_max"), SampleLeadDays = Whole("sample_lead_days"), StockOnHand = Whole("stock_on_hand"), Packing = Packing(), PriceTiers = Tiers("price_tiers"),
    };

    private PackingDocument? Packing() => CatalogueCsvColumns.Packing.All(column => Text(column) is null) ? null : new PackingDocument
    {
        CartonLengthCm = Whole("carton_length_cm"), CartonWidthCm = Whole("carton_width_cm"), CartonHeightCm = Whole("carton_height_cm"),
        CartonGrossWeightKg = Read<decimal>("carton_gross_weight_kg", CatalogueCsvFormat.TryMoney, "a weight in kg such as 8.90"),
        InnerPack = Text("inner_pack"),
    };

    private string Cell(string column) => cells[CatalogueCsvColumns.Position(column)];

    private string? Text(string column) => Nonempty(Cell(column));

    private int? Whole(string column) => Read<int>(column, CatalogueCsvFormat.TryWhole, "a whole number");

    private double? Number(string column) => Read<double>(column, CatalogueCsvFormat.TryNumber, "a number such as 9 or 12.5");

    private bool? Flag(string column) => Read<bool>(column, CatalogueCsvFormat.TryFlag, "true or false");

    private DateTimeOffset? Time(string column) => Read<DateTimeOffset>(column, CatalogueCsvFormat.TryTime, "an ISO 8601 UTC time such as 2025-03-01T09:30:00Z");

    private List<string> Keys(string column) => CatalogueCsvFormat.Keys(Cell(column));

    private List<PriceTierDocument>? Tiers(string column)
    {
        if (CatalogueCsvFormat.TryTiers(Cell(column), out var tiers, out var bad))
        {
            return tiers;
        }

        Fail(column, $"'{Shorten(bad!)}' is not a price tier: write minQuantity:unitPriceUsd pairs separated by |, e.g. 100:9.80|300:9.21.");
        return null;
    }

    private T? Read<T>(string column, TryRead<T> read, string expected) where T : struct
    {
        var text = Cell(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (read(text, out var value))
        {
            return value;
        }

        Fail(column, $"'{Shorten(text)}' is not {expected}.");
        return null;
    }

    private void Fail(string column, string message) =>
        errors.Add(new ImportError(new ImportLocation(row, column, null), _productId, CatalogueCsvColumns.Variant.Contains(column) ? _sku : null, $"{column}: {message}"));

    private static string? Nonempty(string text) => text.Length == 0 ? null : text;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
