using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Catalogue;

namespace Backpack.Catalog.Api.Features.Admin.Catalogue;

/// <summary>One broken rule: where (a JSON path within the product, e.g. <c>variants[0].priceTiers[1].unitPriceUsd</c>) and why.</summary>
public sealed record RuleViolation(string Path, string Message);

/// <summary>
/// The rules every product must satisfy however it is written (admin API, import, seed). Each check runs even
/// when an earlier one failed, so a caller hears about every problem at once. The ladder rules are the ones
/// <see cref="Pricing.PriceBook"/> relies on: a quantity is valid when it is the MOQ plus whole increments, so
/// every price break must be such a quantity, and a break that did not lower the price would never be chosen.
/// </summary>
public static partial class CatalogueRules
{
    public const int MaxTiers = 10;
    public const int MaxSampleLeadDays = 60;

    /// <summary>A sample's lead time when the catalogue owner sets none: a week to sew one from stock colours.</summary>
    public const int DefaultSampleLeadDays = 7;
    public const int MaxVariantsPerProduct = 50;
    public const decimal MaxUnitPriceUsd = 100_000m;
    public const int MaxQuantity = 1_000_000;
    public const int MaxStock = 10_000_000;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxMaterialGradeLength = 100;
    public const int MaxSpecTextLength = 200;
    public const int MaxColourLength = 60;
    public const int MaxLeadTimeDays = 365;
    public const int MaxWeightGrams = 20_000;
    public const int MaxStitchesPerInch = 30;
    public const int MaxCartonSize = 10_000;
    public const double MaxCapacityLitres = 100;
    public const double MaxDimensionCm = 200;
    public const double MaxLoadKg = 100;
    public const string HsCodePattern = @"^\d{4}(\.\d{2}(\d{2})?)?$";

    /// <summary>The longest HS code <see cref="HsCodePattern"/> allows: 4202.9200.</summary>
    public const int MaxHsCodeLength = 9;

    public static List<RuleViolation> Check(ProductDocument product)
    {
        var errors = new List<RuleViolation>();
        void Fail(string path, string message) => errors.Add(new RuleViolation(path, message));

        if (product.Id is null || !ProductIdRegex().IsMatch(product.Id)) Fail("id", "id must be 3 to 64 lowercase letters, digits and single hyphens, e.g. classic-metro-9.");
        if (product.Category is null || !CatalogueVocabulary.Categories.Contains(product.Category))
            Fail("category", $"category must be one of: {CatalogueVocabulary.Describe(CatalogueVocabulary.Categories)}.");
        if (product.Status is not null && !ProductStatuses.All.Contains(product.Status)) Fail("status", "status must be draft, published or archived.");
        Text(product.Name, "name", MaxNameLength, Fail);
        Text(product.Description, "description", MaxDescriptionLength, Fail);
        ProductTranslationsDocument.Check(product.Translations, Fail);
        if (product.Specs is null) Fail("specs", "specs is required.");
        else CheckSpecs(product.Specs, Fail);
        Keys(product.Features, "features", CatalogueVocabulary.Features, Fail);
        Keys(product.Certifications, "certifications", CatalogueVocabulary.Certifications, Fail);
        if (product.OriginCountry is null || !CountryRegex().IsMatch(product.OriginCountry)) Fail("originCountry", "originCountry must be an ISO 3166-1 alpha-2 code such as VN.");
        if (product.HsCode is null || !HsCodeRegex().IsMatch(product.HsCode)) Fail("hsCode", "hsCode must be a Harmonized System code such as 4202.92.");
        if (product.LeadTimeDays is not (>= 0 and <= MaxLeadTimeDays)) Fail("leadTimeDays", $"leadTimeDays must be a whole number of days from 0 to {MaxLeadTimeDays}.");
        if (product.ProductMoq is not null and not (> 0 and <= MaxQuantity)) Fail("productMoq", $"productMoq must be from 1 to {MaxQuantity} units, or null.");

        var variants = product.Variants ?? [];
        if (variants.Count > MaxVariantsPerProduct) Fail("variants", $"A product has at most {MaxVariantsPerProduct} SKUs.");
        for (var i = 0; i < variants.Count; i++)
        {
            CheckVariant(variants[i], $"variants[{i}].", Fail);
            PackingRules.Check(variants[i].Packing, variants[i].CartonSize, product.Specs?.WeightGrams, $"variants[{i}].", Fail);
        }

        foreach (var duplicate in variants.Select((v, i) => (v.Sku, i)).Where(v => v.Sku is not null)
                     .GroupBy(v => v.Sku, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            Fail($"variants[{duplicate.i}].sku", $"SKU {duplicate.Sku} appears more than once.");
        }

        if (product.Status == ProductStatuses.Published && !variants.Any(v => (v.Status ?? VariantStatuses.Active) == VariantStatuses.Active))
        {
            Fail("status", "A published product needs at least one active SKU. Add one, or unpublish the product first.");
        }

        return errors;
    }

    private static void CheckSpecs(ProductSpecsDocument specs, Action<string, string> fail)
    {
        if (specs.Material is null || !CatalogueVocabulary.Materials.Contains(specs.Material))
            fail("specs.material", $"specs.material must be one of: {CatalogueVocabulary.Describe(CatalogueVocabulary.Materials)}.");
        Text(specs.MaterialGrade, "specs.materialGrade", MaxMaterialGradeLength, fail);
        Measure(specs.CapacityLitres, "specs.capacityLitres", "litres", MaxCapacityLitres, fail);
        Measure(specs.HeightCm, "specs.heightCm", "cm", MaxDimensionCm, fail);
        Measure(specs.WidthCm, "specs.widthCm", "cm", MaxDimensionCm, fail);
        Measure(specs.DepthCm, "specs.depthCm", "cm", MaxDimensionCm, fail);
        if (specs.WeightGrams is not (> 0 and <= MaxWeightGrams)) fail("specs.weightGrams", $"specs.weightGrams must be from 1 to {MaxWeightGrams} grams.");
        Measure(specs.MaxLoadKg, "specs.maxLoadKg", "kg", MaxLoadKg, fail);
        Text(specs.Lining, "specs.lining", MaxSpecTextLength, fail);
        Text(specs.Zipper, "specs.zipper", MaxSpecTextLength, fail);
        if (specs.StitchesPerInch is not (> 0 and <= MaxStitchesPerInch)) fail("specs.stitchesPerInch", $"specs.stitchesPerInch must be from 1 to {MaxStitchesPerInch}.");
        Text(specs.WaterResistance, "specs.waterResistance", MaxSpecTextLength, fail);
        if (specs.UvStabilised is null) fail("specs.uvStabilised", "specs.uvStabilised is required (true or false).");
    }

    private static void CheckVariant(VariantDocument variant, string at, Action<string, string> fail)
    {
        if (variant.Sku is null || !SkuRegex().IsMatch(variant.Sku)) fail(at + "sku", "sku must be 4 to 32 uppercase letters, digits and single hyphens, e.g. CL-METRO9-BLK.");
        if (variant.Status is not null && !VariantStatuses.All.Contains(variant.Status)) fail(at + "status", "status must be active or archived.");
        Text(variant.Colour, at + "colour", MaxColourLength, fail);
        if (variant.Material is null || !CatalogueVocabulary.Materials.Contains(variant.Material))
            fail(at + "material", $"material must be one of: {CatalogueVocabulary.Describe(CatalogueVocabulary.Materials)}.");
        if (variant.StockOnHand is not null and not (>= 0 and <= MaxStock)) fail(at + "stockOnHand", $"stockOnHand must be from 0 to {MaxStock} units.");

        var carton = variant.CartonSize is > 0 and <= MaxCartonSize ? variant.CartonSize : null;
        if (carton is null) fail(at + "cartonSize", $"cartonSize must be from 1 to {MaxCartonSize} units.");
        var increment = variant.OrderIncrement is > 0 and <= MaxQuantity ? variant.OrderIncrement : null;
        if (increment is null) fail(at + "orderIncrement", $"orderIncrement must be from 1 to {MaxQuantity} units.");
        else if (carton is not null && increment % carton != 0) fail(at + "orderIncrement", $"orderIncrement {increment} must be whole cartons: a multiple of cartonSize {carton}.");
        var moq = variant.Moq is > 0 and <= MaxQuantity ? variant.Moq : null;
        if (moq is null) fail(at + "moq", $"moq must be from 1 to {MaxQuantity} units.");
        else if (carton is not null && moq % carton != 0) fail(at + "moq", $"moq {moq} must be whole cartons: a multiple of cartonSize {carton}.");

        if (variant.MaxPerOrder is { } max)
        {
            if (max is <= 0 or > MaxQuantity) fail(at + "maxPerOrder", $"maxPerOrder must be from 1 to {MaxQuantity} units, or null.");
            else if (moq is not null && max < moq) fail(at + "maxPerOrder", $"maxPerOrder {max} is below the MOQ of {moq}.");
            else if (moq is not null && increment is not null && (max - moq) % increment != 0)
                fail(at + "maxPerOrder", $"maxPerOrder {max} is not an orderable quantity: the MOQ {moq} plus whole increments of {increment}.");
        }

        CheckSample(variant, at, moq, fail);
        CheckLadder(variant, at, moq, increment, fail);
    }

    private static void CheckSample(VariantDocument variant, string at, int? moq, Action<string, string> fail)
    {
        if ((variant.SamplePriceUsd is null) != (variant.SampleMax is null))
        {
            fail(at + (variant.SamplePriceUsd is null ? "samplePriceUsd" : "sampleMax"), "samplePriceUsd and sampleMax go together: set both to offer samples, or neither.");
            return;
        }

        if (variant.SamplePriceUsd is { } price)
        {
            if (!IsPrice(price)) fail(at + "samplePriceUsd", PriceMessage("samplePriceUsd"));
            else if (variant.PriceTiers is [{ UnitPriceUsd: { } first }, ..] && price < first)
                fail(at + "samplePriceUsd", $"samplePriceUsd {price} is below the bulk price of {first}; samples cost at least the first tier.");
        }

        if (variant.SampleLeadDays is { } days && (days < 1 || days > MaxSampleLeadDays))
            fail(at + "sampleLeadDays", $"sampleLeadDays must be 1 to {MaxSampleLeadDays}.");
        else if (variant.SampleLeadDays is not null && variant.SampleMax is null)
            fail(at + "sampleLeadDays", "sampleLeadDays needs sample terms: set samplePriceUsd and sampleMax too, or leave it out.");

        if (variant.SampleMax is { } sampleMax && (sampleMax <= 0 || (moq is not null && sampleMax >= moq)))
            fail(at + "sampleMax", $"sampleMax must be at least 1 and below the MOQ{(moq is null ? "" : $" of {moq}")}.");
    }

    private static void CheckLadder(VariantDocument variant, string at, int? moq, int? increment, Action<string, string> fail) =>
        CheckLadder(variant.PriceTiers, at, moq, increment, variant.MaxPerOrder, fail);

    /// <summary>The ladder rules for a SKU's tiers, at <paramref name="at"/>priceTiers: from the MOQ, ascending in orderable quantities, each cheaper.</summary>
    public static void CheckLadder(IReadOnlyList<PriceTierDocument>? tiers, string at, int? moq, int? increment, int? maxPerOrder, Action<string, string> fail)
    {
        if (tiers is null || tiers.Count == 0)
        {
            fail(at + "priceTiers", "priceTiers needs at least one tier, starting at the MOQ.");
            return;
        }

        if (tiers.Count > MaxTiers) fail(at + "priceTiers", $"priceTiers has at most {MaxTiers} tiers.");
        PriceTierDocument? previous = null;
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            var path = $"{at}priceTiers[{i}].";
            if (tier.MinQuantity is not { } min || min <= 0 || min > MaxQuantity) fail(path + "minQuantity", $"minQuantity must be from 1 to {MaxQuantity} units.");
            else if (i == 0 && moq is not null && min != moq) fail(path + "minQuantity", $"The first tier must start at the MOQ of {moq}, not {min}.");
            else if (previous?.MinQuantity is { } previousMin && min <= previousMin)
                fail(path + "minQuantity", $"Tiers must ascend: {min} does not come after the previous break of {previousMin}.");
            else if (i > 0 && moq is not null && increment is not null && min >= moq && (min - moq) % increment != 0)
                fail(path + "minQuantity", $"{min} is not an orderable quantity: the MOQ {moq} plus whole increments of {increment}.");
            else if (maxPerOrder is { } max && min > max) fail(path + "minQuantity", $"The break at {min} can never be reached: maxPerOrder is {max}.");

            if (tier.UnitPriceUsd is not { } price || !IsPrice(price)) fail(path + "unitPriceUsd", PriceMessage("unitPriceUsd"));
            else if (previous?.UnitPriceUsd is { } previousPrice && price >= previousPrice)
                fail(path + "unitPriceUsd", $"Unit prices must fall as quantity rises: {price} is not below the previous tier's {previousPrice}.");

            previous = tier;
        }
    }

    private static bool IsPrice(decimal price) => price > 0 && price <= MaxUnitPriceUsd && decimal.Round(price, 2) == price;

    private static string PriceMessage(string name) => $"{name} must be a USD amount above 0 and at most {MaxUnitPriceUsd:0}, with at most two decimals.";

    /// <summary>A required text: 1 to <paramref name="maxLength"/> characters, without leading or trailing spaces.</summary>
    public static void Text(string? value, string path, int maxLength, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength || value.Trim() != value)
            fail(path, $"{path} is required: 1 to {maxLength} characters, without leading or trailing spaces.");
    }

    private static void Measure(double? value, string path, string unit, double max, Action<string, string> fail)
    {
        if (value is not { } v || !double.IsFinite(v) || v <= 0 || v > max) fail(path, $"{path} must be above 0 and at most {max} {unit}.");
    }

    private static void Keys(List<string>? keys, string path, System.Collections.Frozen.FrozenSet<string> allowed, Action<string, string> fail)
    {
        if (keys is null) return;
        for (var i = 0; i < keys.Count; i++)
        {
            if (!allowed.Contains(keys[i])) fail($"{path}[{i}]", $"'{keys[i]}' is not a known key; {path} takes: {CatalogueVocabulary.Describe(allowed)}.");
            else if (keys.IndexOf(keys[i]) < i) fail($"{path}[{i}]", $"'{keys[i]}' is listed twice.");
        }
    }

    [GeneratedRegex(CatalogueIds.ProductIdPattern)]
    private static partial Regex ProductIdRegex();

    [GeneratedRegex(CatalogueIds.SkuPattern)]
    private static partial Regex SkuRegex();

    [GeneratedRegex(Pricing.Countries.Pattern)]
    private static partial Regex CountryRegex();

    [GeneratedRegex(HsCodePattern)]
    private static partial Regex HsCodeRegex();
}
