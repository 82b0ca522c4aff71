using System.Globalization;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using CsvHelper;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>
/// Writes products as the catalogue CSV: a header, then one row per SKU (one row with empty SKU columns for a product
/// without SKUs), RFC 4180 with CRLF line ends, UTF-8 without a byte order mark. Every value is written so that
/// <see cref="CatalogueCsvReader"/> reads back exactly the same value.
/// </summary>
public static class CatalogueCsvWriter
{
    // Values are written as they are, without formula escaping, so that the file reads back unchanged.
    private static readonly CsvWriterOptions Options = new() { FormatProvider = CultureInfo.InvariantCulture };

    public static byte[] Write(IEnumerable<ProductDocument> products)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteRecord([.. CatalogueCsvColumns.All]);
            foreach (var product in products)
            {
                var productCells = ProductCells(product);
                var translationCells = TranslationCells(product);
                var variants = product.Variants ?? [];
                if (variants.Count == 0)
                {
                    csv.WriteRecord([.. productCells, .. CatalogueCsvColumns.Variant.Select(_ => ""), .. translationCells]);
                }

                foreach (var variant in variants)
                {
                    csv.WriteRecord([.. productCells, .. VariantCells(variant), .. translationCells]);
                }
            }
        }

        return buffer.ToArray();
    }

    private static string[] ProductCells(ProductDocument p)
    {
        var s = p.Specs ?? new ProductSpecsDocument();
        return
        [
            p.Id ?? "", p.Category ?? "", p.Status ?? "", p.Name ?? "", p.Description ?? "", s.Material ?? "", s.MaterialGrade ?? "",
            Number(s.CapacityLitres), Number(s.HeightCm), Number(s.WidthCm), Number(s.DepthCm), Whole(s.WeightGrams), Number(s.MaxLoadKg),
            s.Lining ?? "", s.Zipper ?? "", Whole(s.StitchesPerInch), s.WaterResistance ?? "", Flag(s.UvStabilised), p.OriginCountry ?? "",
            p.HsCode ?? "", Whole(p.LeadTimeDays), Whole(p.ProductMoq), Keys(p.Features), Keys(p.Certifications), Time(p.CreatedAt),
        ];
    }

    private static string[] TranslationCells(ProductDocument p) =>
    [
        .. Features.Catalogue.Localization.Languages.Translations.SelectMany(language => new[]
        {
            p.Translations?.In(language)?.Name ?? "", p.Translations?.In(language)?.Description ?? "",
        }),
    ];

    private static string[] VariantCells(VariantDocument v) =>
    [
        v.Sku ?? "", v.Status ?? "", v.Colour ?? "", v.Material ?? "", Whole(v.Moq), Whole(v.OrderIncrement), Whole(v.CartonSize),
        Whole(v.MaxPerOrder), Money(v.SamplePriceUsd), Whole(v.SampleMax), Whole(v.StockOnHand), Whole(v.Packing?.CartonLengthCm),
        Whole(v.Packing?.CartonWidthCm), Whole(v.Packing?.CartonHeightCm), Money(v.Packing?.CartonGrossWeightKg), v.Packing?.InnerPack ?? "",
        Tiers(v.PriceTiers), Whole(v.SampleLeadDays),
    ];

    private static string Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    // "R" is the shortest text that parses back to the same double.
    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Money(decimal? value) => value is not { } amount ? ""
        : decimal.Round(amount, 2) == amount ? amount.ToString("0.00", CultureInfo.InvariantCulture) : amount.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool? value) => value switch { true => "true", false => "false", null => "" };

    private static string Keys(List<string>? keys) => string.Join(CatalogueCsvFormat.ListSeparator, keys ?? []);

    private static string Time(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString(CatalogueCsvFormat.TimeFormat, CultureInfo.InvariantCulture) ?? "";

    private static string Tiers(List<PriceTierDocument>? tiers) => string.Join(CatalogueCsvFormat.ListSeparator,
        (tiers ?? []).Select(t => $"{Whole(t.MinQuantity)}{CatalogueCsvFormat.TierSeparator}{Money(t.UnitPriceUsd)}"));
}
