using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Backpack.Catalog.Api.Features.Orders.Documents.Pdf;

/// <summary>A4 pages written top to bottom: text at a cursor that moves down, a new page when the next row would not fit, and each page's
/// footer once the page count is known.</summary>
public sealed class PdfSheet : IDisposable
{
    public const double Margin = 40;
    private const double FooterHeight = 28;

    private readonly PdfDocument _document = new();
    private readonly List<XGraphics> _pages = [];
    private XGraphics _page = null!;

    public PdfSheet(string title)
    {
        _document.Info.Title = title;
        _document.Info.Creator = "Backpack.Catalog";
        NewPage();
    }

    // Made per sheet, not per type: an XFont resolves its face when it is made, which needs DocumentFonts installed first.
    public XFont Regular { get; } = new(DocumentFonts.Family, 8.5, XFontStyleEx.Regular);

    public XFont Bold { get; } = new(DocumentFonts.Family, 8.5, XFontStyleEx.Bold);

    public XFont Heading { get; } = new(DocumentFonts.Family, 17, XFontStyleEx.Bold);

    public XFont Small { get; } = new(DocumentFonts.Family, 7, XFontStyleEx.Regular);

    public XFont Cell { get; } = new(DocumentFonts.Family, 7.5, XFontStyleEx.Regular);

    public XFont CellHeader { get; } = new(DocumentFonts.Family, 7.5, XFontStyleEx.Bold);

    public double Y { get; set; }

    public double Width => _document.Pages[0].Width.Point - (2 * Margin);

    private double Bottom => _document.Pages[0].Height.Point - Margin - FooterHeight;

    /// <summary>Makes room for <paramref name="height"/> points, on a new page when this one is full.</summary>
    public void Need(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    public void Text(string text, XFont font, double x, double width, bool right = false, double y = double.NaN) =>
        _page.DrawString(Fit(text, font, width), font, XBrushes.Black, new XRect(Margin + x, double.IsNaN(y) ? Y : y, width, font.Height),
            right ? XStringFormats.TopRight : XStringFormats.TopLeft);

    /// <summary>Writes <paramref name="text"/> wrapped at word boundaries to <paramref name="width"/>; answers the height it took.</summary>
    public double Wrapped(string text, XFont font, double x, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && _page.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        var start = Y;
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            Text(line, font, x, width, y: start + (index * (font.Height + 1)));
        }

        return lines.Count * (font.Height + 1);
    }

    public void Rule(double thickness = 0.5) => _page.DrawLine(new XPen(XColors.Gray, thickness), Margin, Y, Margin + Width, Y);

    public void Fill(double height) => _page.DrawRectangle(new XSolidBrush(XColor.FromArgb(238, 241, 245)), Margin, Y, Width, height);

    /// <summary>Writes the footers and answers the PDF.</summary>
    public byte[] Finish(string footer)
    {
        var pageBottom = _document.Pages[0].Height.Point - Margin - Small.Height;
        foreach (var (page, index) in _pages.Select((p, i) => (p, i)))
        {
            page.DrawLine(new XPen(XColors.Gray, 0.5), Margin, pageBottom - 4, Margin + Width, pageBottom - 4);
            page.DrawString(footer, Small, XBrushes.Gray, new XRect(Margin, pageBottom, Width, Small.Height), XStringFormats.TopLeft);
            page.DrawString($"Page {index + 1} of {_pages.Count}", Small, XBrushes.Gray, new XRect(Margin, pageBottom, Width, Small.Height), XStringFormats.TopRight);
            page.Dispose();
        }

        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        foreach (var page in _pages)
        {
            page.Dispose();
        }

        _document.Dispose();
    }

    private void NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _page = XGraphics.FromPdfPage(page);
        _pages.Add(_page);
        Y = Margin;
    }

    private string Fit(string text, XFont font, double width)
    {
        if (_page.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && _page.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
