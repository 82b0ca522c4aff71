namespace Backpack.Catalog.Api.Features.Catalogue.Images;

/// <summary>An image format as the catalogue stores and serves it.</summary>
public sealed record ImageFormat(string Code, string Extension, string MediaType);

public static class ImageFormats
{
    public static readonly ImageFormat Jpeg = new("jpeg", "jpg", "image/jpeg");
    public static readonly ImageFormat Png = new("png", "png", "image/png");
    public static readonly ImageFormat Webp = new("webp", "webp", "image/webp");

    public static readonly IReadOnlyList<ImageFormat> All = [Jpeg, Png, Webp];

    public static readonly IReadOnlyList<string> Codes = All.Select(f => f.Code).ToList();

    public static ImageFormat ByCode(string code) => All.First(f => f.Code == code);

    public static ImageFormat? ByExtension(string extension) => All.FirstOrDefault(f => f.Extension == extension);
}
