using System.Text;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>A file type as its content shows it, with the media type it is served back as.</summary>
public sealed record FileFormat(string Code, string MediaType);

/// <summary>
/// Tells a file's type from its first bytes, never from its name or the media type the client claimed. The one exception is
/// Adobe Illustrator: an .ai file is a PDF (or, from old versions, PostScript) inside, so its content is checked as that and
/// only the name tells it apart.
/// </summary>
public static class FileFormats
{
    public static readonly FileFormat Pdf = new("pdf", "application/pdf");
    public static readonly FileFormat Svg = new("svg", "image/svg+xml");
    public static readonly FileFormat Ai = new("ai", "application/illustrator");
    public static readonly FileFormat Eps = new("eps", "application/postscript");
    public static readonly FileFormat Png = new("png", "image/png");
    public static readonly FileFormat Jpeg = new("jpeg", "image/jpeg");

    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int SniffLength = 4096;

    /// <summary>What artwork may be: the vector formats a digitiser or screen maker works from, and PNG.</summary>
    public static readonly IReadOnlyList<FileFormat> Artwork = [Pdf, Svg, Ai, Eps, Png];

    /// <summary>What a proof (a mock-up) may be.</summary>
    public static readonly IReadOnlyList<FileFormat> Proof = [Pdf, Png, Jpeg];

    public static readonly IReadOnlyList<FileFormat> All = [Pdf, Svg, Ai, Eps, Png, Jpeg];

    public static readonly IReadOnlyList<string> Codes = All.Select(f => f.Code).ToList();

    public static FileFormat ByCode(string code) => All.First(f => f.Code == code);

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PostScriptMagic = "%!PS-Adobe"u8.ToArray();
    private static readonly byte[] DosEpsMagic = [0xC5, 0xD0, 0xD3, 0xC6];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    /// <returns>The format the leading bytes show, or null when they are none of <see cref="All"/>.</returns>
    public static FileFormat? Detect(ReadOnlySpan<byte> head, string? fileName)
    {
        var namedAi = fileName?.EndsWith(".ai", StringComparison.OrdinalIgnoreCase) == true;
        if (head.StartsWith(PdfMagic))
        {
            return namedAi ? Ai : Pdf;
        }

        if (head.StartsWith(PostScriptMagic))
        {
            var firstLine = head[..Math.Min(head.Length, 64)];
            return namedAi ? Ai : firstLine.IndexOf("EPSF"u8) >= 0 ? Eps : null;
        }

        return head.StartsWith(DosEpsMagic) ? Eps
            : head.StartsWith(PngMagic) ? Png
            : head.StartsWith(JpegMagic) ? Jpeg
            : IsSvg(head) ? Svg
            : null;
    }

    /// <summary>XML text (no NUL byte) that opens an svg element within the sniffed bytes.</summary>
    private static bool IsSvg(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<') && text.Contains("<svg", StringComparison.Ordinal);
    }

    public static string Describe(IEnumerable<FileFormat> formats) => string.Join(", ", formats.Select(f => f.Code.ToUpperInvariant()));
}
