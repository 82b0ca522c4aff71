using Backpack.Catalog.Api.Features.Catalogue.Localization;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue.Images;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Images;

public class ProductImagesRoute
{
    [RouteParam]
    [Description("Product id, e.g. classic-metro-9.")]
    public string ProductId { get; init; } = "";
}

public class ProductImageRoute : ProductImagesRoute
{
    [RouteParam]
    [Description("An image's id, e.g. img_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")]
    public string ImageId { get; init; } = "";
}

public class ProductImageChange : ProductImageRoute
{
    [FromHeader("If-Match", isRequired: false)]
    [Required]
    [Description(CataloguePreconditions.IfMatchDescription)]
    public string? IfMatch { get; init; }
}

public sealed class ReplaceProductImageRequest : ProductImageChange
{
    [FromBody]
    public ImageDocument Body { get; init; } = default!;
}

/// <summary>What the catalogue owner sets of an image once it is uploaded: the colourway it shows, its place and its alt texts.</summary>
/// <param name="Sku">A SKU of the product when the picture shows that colourway; null (or left out) for the product as a whole.</param>
/// <param name="Position">1 to 1000: lower comes first in the gallery; equal positions keep upload order.</param>
/// <param name="AltText">What the picture shows, in English (required) and any of de, fr, pt-BR and ar, each 1 to 250 characters.</param>
public sealed record ImageDocument(
    [property: Identifier(Ids.Sku)] string? Sku,
    [property: Required, Range(1, ImageRules.MaxPosition)] int? Position,
    [property: Required] LocalizedText? AltText)
{
    public static ImageDocument Example => new("CL-METRO9-BLK", 2, new LocalizedText(
        "Classic Metro 9 in black, front view", "Classic Metro 9 in Schwarz, Vorderansicht", "Classic Metro 9 noir, vue de face",
        "Classic Metro 9 preta, vista frontal", "حقيبة Classic Metro 9 باللون الأسود، منظر أمامي"));

    public static void Check(ImageDocument document, Action<string, string> fail)
    {
        if (document.Position is not (>= 1 and <= ImageRules.MaxPosition))
        {
            fail("position", $"position is required: 1 to {ImageRules.MaxPosition}.");
        }

        LocalizedText.Check(document.AltText, "altText", fail);
    }
}

/// <param name="FileName">The name the original was uploaded under, when it had one.</param>
/// <param name="Etag">The version's entity tag, also the ETag header: send it as If-Match to change or remove the image.</param>
public sealed record AdminImageResponse(
    [property: MaxLength(ImageIds.Length), RegularExpression(ImageIds.Pattern)] string Id,
    [property: Identifier(Ids.Product)] string ProductId,
    [property: Identifier(Ids.Sku)] string? Sku,
    [property: Range(1, ImageRules.MaxPosition)] int Position,
    [property: Range(1, ImageRenditions.MaxSide)] int Width,
    [property: Range(1, ImageRenditions.MaxSide)] int Height,
    [property: OneOf(typeof(ImageFormats), nameof(ImageFormats.Codes))] string Format,
    [property: MaxLength(Features.Orders.Artwork.ArtworkLimits.MaxFileNameLength)] string? FileName,
    LocalizedText AltText,
    [property: MaxLength(ImageRules.RenditionsPerImage)] IReadOnlyList<RenditionResponse> Renditions,
    [property: MaxLength(24), RegularExpression("^\"[0-9]+\"$")] string Etag)
{
    public static AdminImageResponse From(ImageRow row)
    {
        var image = ImageResponse.From(row);
        return new(row.ImageId, row.ProductId, row.Sku, row.Position, image.Width, image.Height, image.Format, row.FileName, row.AltText,
            image.Renditions, row.ETag);
    }

    public static AdminImageResponse Example
    {
        get
        {
            var image = ImageResponse.Example;
            return new(image.Id, "classic-metro-9", null, 1, image.Width, image.Height, image.Format, "metro-9-card.png", image.AltText, image.Renditions, "\"1\"");
        }
    }
}

/// <summary>A product's images in gallery order; a product has at most 20.</summary>
public sealed record AdminImageListResponse([property: MaxLength(ImageRules.MaxPerProduct)] IReadOnlyList<AdminImageResponse> Items)
{
    public static AdminImageListResponse Example => new([AdminImageResponse.Example]);
}
