using Backpack.Catalog.Api.Features.Catalogue.Localization;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Catalogue.Images;

/// <summary>A product or colourway picture with the files to show it from.</summary>
/// <param name="Sku">The colourway it shows; null for a picture of the product as a whole.</param>
/// <param name="Position">Its place in the product's gallery: lower first (ties in upload order).</param>
/// <param name="Width">The original's width in pixels.</param>
/// <param name="Format">The original's format.</param>
/// <param name="AltText">What the picture shows, for screen readers and search engines, in each language it is written in (English always).</param>
/// <param name="Renditions">The original and the server's renditions: w200 and w800 (the longest side at that many pixels, never enlarged),
/// each as WebP and JPEG. Each href is content-addressed and immutable.</param>
public sealed record ImageResponse(
    [property: MaxLength(ImageIds.Length), RegularExpression(ImageIds.Pattern)] string Id,
    [property: Identifier(Ids.Sku)] string? Sku,
    [property: Range(1, ImageRules.MaxPosition)] int Position,
    [property: Range(1, ImageRenditions.MaxSide)] int Width,
    [property: Range(1, ImageRenditions.MaxSide)] int Height,
    [property: OneOf(typeof(ImageFormats), nameof(ImageFormats.Codes))] string Format,
    LocalizedText AltText,
    [property: MaxLength(ImageRules.RenditionsPerImage)] IReadOnlyList<RenditionResponse> Renditions)
{
    public static ImageResponse From(ImageRow row)
    {
        var renditions = row.Renditions;
        var original = renditions.First(r => r.Name == ImageRenditions.Original);
        return new ImageResponse(row.ImageId, row.Sku, row.Position, original.Width, original.Height, original.Format, row.AltText,
            renditions.Select(r => new RenditionResponse(r.Name, r.Format, r.Width, r.Height, r.Bytes, r.Href, r.Href[ImageHrefs.Prefix.Length..])).ToList());
    }

    public static ImageResponse Example => new("img_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c", null, 1, 800, 800, "png",
        new LocalizedText("Classic Metro 9, illustrated product card", "Classic Metro 9, illustrierte Produktkarte"),
        [
            new RenditionResponse(ImageRenditions.Original, "png", 800, 800, 41_230, $"{ImageHrefs.Prefix}{new string('a', 64)}.png", $"{new string('a', 64)}.png"),
            new RenditionResponse("w200", "webp", 200, 200, 4_112, $"{ImageHrefs.Prefix}{new string('b', 64)}.webp", $"{new string('b', 64)}.webp"),
            new RenditionResponse("w200", "jpeg", 200, 200, 7_804, $"{ImageHrefs.Prefix}{new string('c', 64)}.jpg", $"{new string('c', 64)}.jpg"),
            new RenditionResponse("w800", "webp", 800, 800, 22_950, $"{ImageHrefs.Prefix}{new string('d', 64)}.webp", $"{new string('d', 64)}.webp"),
            new RenditionResponse("w800", "jpeg", 800, 800, 48_377, $"{ImageHrefs.Prefix}{new string('e', 64)}.jpg", $"{new string('e', 64)}.jpg"),
        ]);
}

/// <param name="Name">original, w200 or w800.</param>
/// <param name="Bytes">The file's size.</param>
/// <param name="Href">GET it: public, cacheable for a year, with a strong ETag.</param>
/// <param name="FileName">The last segment of href: the SHA-256 of the bytes and the extension.</param>
public sealed record RenditionResponse(
    [property: OneOf(typeof(ImageRules), nameof(ImageRules.RenditionNames))] string Name,
    [property: OneOf(typeof(ImageFormats), nameof(ImageFormats.Codes))] string Format,
    [property: Range(1, ImageRenditions.MaxSide)] int Width,
    [property: Range(1, ImageRenditions.MaxSide)] int Height,
    [property: Range(1, ImageRenditions.MaxBytes)] long Bytes,
    [property: MaxLength(90)] string Href,
    [property: MaxLength(69), RegularExpression(ImageHrefs.FileNamePattern)] string FileName);

public static class ImageRules
{
    public const int MaxPosition = 1000;
    public const int MaxPerProduct = 20;
    public const int RenditionsPerImage = 5;

    public static readonly IReadOnlyList<string> RenditionNames = [ImageRenditions.Original, .. ImageRenditions.Sizes.Select(s => $"w{s}")];
}
