using Backpack.Catalog.Api.Features.Catalogue.Localization;
using System.Text.Json;

namespace Backpack.Catalog.Api.Features.Catalogue.Images;

/// <summary>One kept file of an image as its row lists it.</summary>
public sealed record StoredRendition(string Name, string Format, int Width, int Height, long Bytes, string Sha256)
{
    public string Href => ImageHrefs.Of(Sha256, ImageFormats.ByCode(Format));

    public static StoredRendition Of(RenditionFile file) => new(file.Name, file.Format.Code, file.Width, file.Height, file.Content.LongLength, file.Sha256);
}

public static class ImageHrefs
{
    public const string Prefix = "/v1/images/";

    /// <summary>A content-addressed name: the SHA-256 of the file's bytes and its extension, so a URL never changes what it serves.</summary>
    public const string FileNamePattern = "^[0-9a-f]{64}\\.(jpg|png|webp)$";

    public static string Of(string sha256, ImageFormat format) => $"{Prefix}{sha256}.{format.Extension}";
}

/// <summary>A product_images row.</summary>
public sealed class ImageRow
{
    public const string Columns = "i.image_id, i.product_id, i.sku, i.position, i.alt_text_json, i.file_name, i.renditions_json, i.version, i.created_at_ms, i.updated_at_ms";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ImageId { get; init; } = "";
    public string ProductId { get; init; } = "";
    public string? Sku { get; init; }
    public int Position { get; init; }
    public string AltTextJson { get; init; } = "{}";
    public string? FileName { get; init; }
    public string RenditionsJson { get; init; } = "[]";
    public int Version { get; init; }
    public long CreatedAtMs { get; init; }
    public long UpdatedAtMs { get; init; }

    public LocalizedText AltText => Infrastructure.Data.ParsedJson.Of<LocalizedText>(AltTextJson);

    public IReadOnlyList<StoredRendition> Renditions => Infrastructure.Data.ParsedJson.Of<IReadOnlyList<StoredRendition>>(RenditionsJson);

    public string ETag => $"\"{Version}\"";

    public static string ToJson(LocalizedText text) => JsonSerializer.Serialize(text, Json);

    public static string ToJson(IEnumerable<StoredRendition> renditions) => JsonSerializer.Serialize(renditions, Json);

    public ImageRow With(string? sku, int position, LocalizedText altText, int version) => new()
    {
        ImageId = ImageId, ProductId = ProductId, Sku = sku, Position = position, AltTextJson = ToJson(altText), FileName = FileName,
        RenditionsJson = RenditionsJson, Version = version, CreatedAtMs = CreatedAtMs, UpdatedAtMs = UpdatedAtMs,
    };
}
