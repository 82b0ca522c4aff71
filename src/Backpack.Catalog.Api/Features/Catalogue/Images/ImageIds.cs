namespace Backpack.Catalog.Api.Features.Catalogue.Images;

public static class ImageIds
{
    public const string Pattern = "^img_[0-9a-f]{32}$";
    public const int Length = 36;

    public static string New() => "img_" + Guid.CreateVersion7().ToString("N");

    public static bool IsWellFormed(string? id) => id is { Length: Length } && id.StartsWith("img_", StringComparison.Ordinal) && id[4..].All(char.IsAsciiHexDigitLower);
}
