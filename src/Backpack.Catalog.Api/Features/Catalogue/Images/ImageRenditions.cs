using System.Security.Cryptography;
using SkiaSharp;

namespace Backpack.Catalog.Api.Features.Catalogue.Images;

/// <summary>One file of an image: the original as uploaded, or a rendition the server made of it.</summary>
public sealed record RenditionFile(string Name, ImageFormat Format, int Width, int Height, byte[] Content)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));

    public string FileName => $"{Sha256}.{Format.Extension}";
}

/// <summary>An upload decoded, with its renditions; or why it could not be.</summary>
public sealed record ProcessedImage(ImageFormat? Format, int Width, int Height, IReadOnlyList<RenditionFile> Files, string? Problem);

/// <summary>
/// Decodes an uploaded image by its content (never its name) and makes the renditions storefronts use: the longest side at 200 and
/// 800 pixels (never enlarged), each as WebP and JPEG, beside the original. A file that is not a whole JPEG, PNG or WebP image, or
/// whose dimensions pass the limits (checked from its header before any pixel is decoded), is refused.
/// </summary>
public static class ImageRenditions
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxSide = 8000;
    public const long MaxPixels = 40_000_000;
    public static readonly IReadOnlyList<int> Sizes = [200, 800];
    public const string Original = "original";

    private const int WebpQuality = 82;
    private const int JpegQuality = 85;

    public static ProcessedImage Process(byte[] content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        var format = codec?.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => ImageFormats.Jpeg,
            SKEncodedImageFormat.Png => ImageFormats.Png,
            SKEncodedImageFormat.Webp => ImageFormats.Webp,
            _ => null,
        };
        if (codec is null || format is null)
        {
            return Refused(null, "The file does not decode as a JPEG, PNG or WebP image (its type is read from its content, not its name).");
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            return Refused(format, $"The image is {width} × {height} pixels; at most {MaxSide} on a side and {MaxPixels / 1_000_000} megapixels are taken.");
        }

        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (codec.GetPixels(bitmap.Info, bitmap.GetPixels()) != SKCodecResult.Success)
        {
            return Refused(format, $"The file starts as a {format.Code.ToUpperInvariant()} image but does not decode whole: it is truncated or corrupt.");
        }

        var files = new List<RenditionFile> { new(Original, format, width, height, content) };
        foreach (var size in Sizes)
        {
            var scale = Math.Min(1.0, (double)size / Math.Max(width, height));
            var (w, h) = (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
            using var resized = scale < 1.0 ? bitmap.Resize(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell)) : bitmap.Copy();
            files.Add(new RenditionFile($"w{size}", ImageFormats.Webp, w, h, Encode(resized, SKEncodedImageFormat.Webp, WebpQuality)));
            files.Add(new RenditionFile($"w{size}", ImageFormats.Jpeg, w, h, EncodeOnWhite(resized)));
        }

        return new ProcessedImage(format, width, height, files, null);
    }

    private static ProcessedImage Refused(ImageFormat? format, string problem) => new(format, 0, 0, [], problem);

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format, quality);
        return encoded.ToArray();
    }

    /// <summary>JPEG has no transparency: a transparent PNG or WebP is flattened onto white, as a product page shows it.</summary>
    private static byte[] EncodeOnWhite(SKBitmap bitmap)
    {
        using var flat = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(flat))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawBitmap(bitmap, 0, 0);
        }

        return Encode(flat, SKEncodedImageFormat.Jpeg, JpegQuality);
    }
}
