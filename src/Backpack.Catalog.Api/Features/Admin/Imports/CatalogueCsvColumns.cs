using System.Text.RegularExpressions;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// The CSV columns of the catalogue, in the order export writes them (api-docs/catalogue-import.md), and which
/// field of a <see cref="Catalogue.ProductDocument"/> each one carries, so a rule broken at a JSON path can be
/// reported at the CSV column a person would edit.
/// </summary>
public static partial class CatalogueCsvColumns
{
    public const string ProductId = "product_id";
    public const string Sku = "sku";

    /// <summary>Product columns: the same value on every row of a product.</summary>
    private static readonly (string Column, string Path)[] ProductFields =
    [
        (ProductId, "id"), ("category", "category"), ("product_status", "status"), ("name", "name"), ("description", "description"),
        ("material", "specs.material"), ("material_grade", "specs.materialGrade"), ("capacity_litres", "specs.capacityLitres"),
        ("height_cm", "specs.heightCm"), ("width_cm", "specs.widthCm"), ("depth_cm", "specs.depthCm"),
        ("weight_grams", "specs.weightGrams"), ("max_load_kg", "specs.maxLoadKg"), ("lining", "specs.lining"), ("zipper", "specs.zipper"),
        ("stitches_per_inch", "specs.stitchesPerInch"), ("water_resistance", "specs.waterResistance"), ("uv_stabilised", "specs.uvStabilised"),
        ("origin_country", "originCountry"), ("hs_code", "hsCode"), ("lead_time_days", "leadTimeDays"), ("product_moq", "productMoq"),
        ("features", "features"), ("certifications", "certifications"), ("created_at", "createdAt"),
    ];

    /// <summary>Product columns too, after the SKU columns because they came later: the name and description per language.</summary>
    private static readonly (string Column, string Path)[] TranslationFields =
    [
        .. Features.Catalogue.Localization.Languages.Translations.SelectMany(language => new[]
        {
            (TranslationColumn("name", language), $"translations.{language}.name"),
            (TranslationColumn("description", language), $"translations.{language}.description"),
        }),
    ];

    /// <summary>name_de, description_pt_br …: a product's name or description in one of the languages it is translated into.</summary>
    public static string TranslationColumn(string field, string language) =>
        $"{field}_{language.Replace('-', '_').ToLowerInvariant()}";

    /// <summary>SKU columns: one SKU per row.</summary>
    private static readonly (string Column, string Path)[] VariantFields =
    [
        (Sku, "sku"), ("variant_status", "status"), ("colour", "colour"), ("variant_material", "material"), ("moq", "moq"),
        ("order_increment", "orderIncrement"), ("carton_size", "cartonSize"), ("max_per_order", "maxPerOrder"),
        ("sample_price_usd", "samplePriceUsd"), ("sample_max", "sampleMax"), ("stock_on_hand", "stockOnHand"),
        ("carton_length_cm", "packing.cartonLengthCm"), ("carton_width_cm", "packing.cartonWidthCm"), ("carton_height_cm", "packing.cartonHeightCm"),
        ("carton_gross_weight_kg", "packing.cartonGrossWeightKg"), ("inner_pack", "packing.innerPack"), ("price_tiers", "priceTiers"),
        ("sample_lead_days", "sampleLeadDays"),
    ];

    /// <summary>Columns added after the format was first published: a file written before them may leave them out.</summary>
    public static readonly IReadOnlySet<string> Later = new HashSet<string>(
        ["sample_lead_days", .. TranslationFields.Select(f => f.Column)],
        StringComparer.Ordinal);

    /// <summary>The packing columns: all empty on a row keeps the SKU's stored packing, and a file may leave them out.</summary>
    public static readonly IReadOnlySet<string> Packing = new HashSet<string>(StringComparer.Ordinal)
    {
        "carton_length_cm", "carton_width_cm", "carton_height_cm", "carton_gross_weight_kg", "inner_pack",
    };

    private static readonly Dictionary<string, string> ProductColumnByPath =
        ProductFields.Concat(TranslationFields).Append((Column: Sku, Path: "variants")).ToDictionary(f => f.Path, f => f.Column, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> VariantColumnByPath =
        VariantFields.ToDictionary(f => f.Path, f => f.Column, StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> Product = [.. ProductFields.Select(f => f.Column)];

    public static readonly IReadOnlyList<string> Variant = [.. VariantFields.Select(f => f.Column)];

    public static readonly IReadOnlyList<string> Translation = [.. TranslationFields.Select(f => f.Column)];

    public static readonly IReadOnlyList<string> All = [.. Product, .. Variant, .. Translation];

    /// <summary>The column of a product field, by its path within the product: <c>specs.capacityLitres</c> is capacity_litres.</summary>
    public static string? ForProductPath(string path) => Lookup(ProductColumnByPath, path);

    /// <summary>The column of a SKU field, by its path within the SKU: <c>priceTiers[1].unitPriceUsd</c> is price_tiers.</summary>
    public static string? ForVariantPath(string path) => Lookup(VariantColumnByPath, path);

    private static readonly Dictionary<string, int> Positions = All.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);

    /// <summary>Where the column stands in <see cref="All"/>; -1 for none, so errors about a whole row sort first.</summary>
    public static int Position(string? column) => column is not null && Positions.TryGetValue(column, out var position) ? position : -1;

    // Indexes go, then the path is shortened from the right until a field matches: features[2] is features.
    private static string? Lookup(Dictionary<string, string> columns, string path)
    {
        var key = Index().Replace(path, "");
        while (true)
        {
            if (columns.TryGetValue(key, out var column)) return column;
            var dot = key.LastIndexOf('.');
            if (dot < 0) return null;
            key = key[..dot];
        }
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
