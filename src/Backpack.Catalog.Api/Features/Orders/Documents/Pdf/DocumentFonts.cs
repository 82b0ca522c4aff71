using PdfSharp.Fonts;

namespace Backpack.Catalog.Api.Features.Orders.Documents.Pdf;

/// <summary>
/// The typeface the PDFs are set in: Liberation Sans (or DejaVu Sans, or Arial) from the machine's font folders, found once. PDFsharp's core
/// build has no fonts of its own, so without one of these the PDFs cannot be made (the JSON documents still can); Debian's fonts-liberation
/// package provides it.
/// </summary>
public sealed class DocumentFonts : IFontResolver
{
    public const string Family = "Backpack Sans";

    private static readonly string[] Folders = ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts)];

    private static readonly (string Regular, string Bold)[] Candidates =
        [("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("arial.ttf", "arialbd.ttf"), ("Arial.ttf", "Arial Bold.ttf")];

    private static readonly Lazy<(string Regular, string Bold)?> Files = new(Find);

    /// <summary>The regular face's file, shared with the product cards the demo catalogue draws; null when the machine has none.</summary>
    public static string? RegularFile => Files.Value?.Regular;

    public static string? BoldFile => Files.Value?.Bold;
    private static readonly object Gate = new();
    private static bool _installed;

    /// <summary>True once PDFsharp resolves fonts through this resolver; false when the machine has none of the typefaces.</summary>
    public static bool TryInstall()
    {
        if (Files.Value is null)
        {
            return false;
        }

        lock (Gate)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = new DocumentFonts();
                _installed = true;
            }
        }

        return true;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "bold" : "regular", false, italic);

    public byte[]? GetFont(string faceName) =>
        Files.Value is { } files ? File.ReadAllBytes(faceName == "bold" ? files.Bold : files.Regular) : null;

    private static (string, string)? Find()
    {
        var all = Folders.Where(f => !string.IsNullOrEmpty(f) && Directory.Exists(f))
            .SelectMany(f => Directory.EnumerateFiles(f, "*.ttf", SearchOption.AllDirectories))
            .GroupBy(Path.GetFileName, StringComparer.Ordinal).ToDictionary(g => g.Key!, g => g.First(), StringComparer.Ordinal);
        foreach (var (regular, bold) in Candidates)
        {
            if (all.TryGetValue(regular, out var r) && all.TryGetValue(bold, out var b))
            {
                return (r, b);
            }
        }

        return null;
    }
}
