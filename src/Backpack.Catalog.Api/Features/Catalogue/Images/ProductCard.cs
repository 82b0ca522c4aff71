using Backpack.Catalog.Api.Features.Orders.Documents.Pdf;
using SkiaSharp;

namespace Backpack.Catalog.Api.Features.Catalogue.Images;

/// <summary>
/// The demo catalogue's pictures: a plain, labelled product card drawn for each product rather than a photograph. It shows the
/// family's outline in the colour of the product's first colourway, the product's name and the word "Illustration", so nobody takes it
/// for the real bag.
/// </summary>
public static class ProductCard
{
    public const int Size = 800;

    private static readonly (string Word, uint Colour)[] Colours =
    [
        ("black", 0xFF26262B), ("navy", 0xFF1F2D54), ("olive", 0xFF5D6236), ("charcoal", 0xFF3A3D42), ("graphite", 0xFF45484E),
        ("grey", 0xFF8C8F94), ("white", 0xFFE9E6DF), ("ivory", 0xFFEFE8D6), ("natural", 0xFFD9CDB4), ("mint", 0xFF9ED9C3),
        ("sage", 0xFF9CAF88), ("lime", 0xFFB5D334), ("green", 0xFF3F7A4A), ("moss", 0xFF6B7B3A), ("fern", 0xFF4F7942), ("lichen", 0xFF9DA57E),
        ("teal", 0xFF1F8A8A), ("blue", 0xFF3A6EA5), ("indigo", 0xFF3F3D8F), ("lilac", 0xFFB9A2D6), ("lavender", 0xFFB7A7E0),
        ("pink", 0xFFE0559A), ("blush", 0xFFE8B4B8), ("rose", 0xFFC98B93), ("peach", 0xFFF2B38D), ("coral", 0xFFEE7D68),
        ("red", 0xFFB3262E), ("wine", 0xFF6E1E2E), ("burgundy", 0xFF6D1F2F), ("maroon", 0xFF5E1A22), ("oxblood", 0xFF4A1016),
        ("orange", 0xFFE2721C), ("yellow", 0xFFF2C230), ("sunflower", 0xFFF0B61F), ("sand", 0xFFD2B48C), ("tan", 0xFFC19A6B),
        ("khaki", 0xFFB5A276), ("camel", 0xFFC09A5B), ("cognac", 0xFF9A4E1C), ("chestnut", 0xFF7B3F22), ("brown", 0xFF5C3B24),
        ("espresso", 0xFF3B2A20), ("taupe", 0xFF8B7D6B), ("clay", 0xFFB66A4A), ("camo", 0xFF55603E),
    ];

    private static readonly Dictionary<string, uint> Backgrounds = new(StringComparer.Ordinal)
    {
        ["classic"] = 0xFFEEF1F5, ["hike-daypack"] = 0xFFEAF2EA, ["leather"] = 0xFFF4EEE6, ["eco"] = 0xFFEEF4E4, ["kids"] = 0xFFFDF1E3, ["tactical"] = 0xFFECECE4,
    };

    /// <summary>The colour a colourway's name names (its first known word), or a neutral grey.</summary>
    public static SKColor ColourOf(string colourName)
    {
        var name = colourName.ToLowerInvariant();
        foreach (var (word, colour) in Colours)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return new SKColor(colour);
            }
        }

        return new SKColor(0xFF7A7F87);
    }

    /// <returns>A PNG of <see cref="Size"/> × <see cref="Size"/> pixels.</returns>
    public static byte[] Draw(string family, string name, string colourName)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(Backgrounds.GetValueOrDefault(family, 0xFFF0F0F0)));
        var colour = ColourOf(colourName);
        DrawBag(canvas, family, colour);
        DrawLabels(canvas, family, name, colourName);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void DrawBag(SKCanvas canvas, string family, SKColor colour)
    {
        using var body = new SKPaint { Color = colour, IsAntialias = true };
        using var trim = new SKPaint { Color = Shade(colour, 0.72f), IsAntialias = true };
        using var line = new SKPaint { Color = Shade(colour, 0.55f), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 10, StrokeCap = SKStrokeCap.Round };

        var (width, height, radius) = family switch
        {
            "hike-daypack" => (300f, 430f, 110f),
            "leather" => (360f, 360f, 40f),
            "kids" => (320f, 340f, 130f),
            "tactical" => (340f, 400f, 36f),
            _ => (320f, 400f, 90f),
        };
        var bag = SKRect.Create((Size - width) / 2, 150, width, height);

        // The top handle, behind the body.
        canvas.DrawArc(SKRect.Create(Size / 2f - 55, bag.Top - 55, 110, 110), 180, 180, false, line);
        canvas.DrawRoundRect(bag, radius, radius, body);

        var pocket = SKRect.Create(bag.Left + (width * 0.18f), bag.Top + (height * 0.52f), width * 0.64f, height * 0.36f);
        canvas.DrawRoundRect(pocket, radius * 0.4f, radius * 0.4f, trim);
        canvas.DrawLine(pocket.Left + 24, pocket.Top + 26, pocket.Right - 24, pocket.Top + 26, line);

        switch (family)
        {
            case "leather":
                // A flap over the top third, with its buckle strap.
                using (var flap = new SKPath())
                {
                    flap.MoveTo(bag.Left, bag.Top + 40);
                    flap.LineTo(bag.Right, bag.Top + 40);
                    flap.LineTo(bag.Right - 30, bag.Top + (height * 0.45f));
                    flap.QuadTo(bag.MidX, bag.Top + (height * 0.55f), bag.Left + 30, bag.Top + (height * 0.45f));
                    flap.Close();
                    canvas.DrawPath(flap, trim);
                }

                canvas.DrawLine(bag.MidX, bag.Top + (height * 0.4f), bag.MidX, bag.Top + (height * 0.62f), line);
                break;
            case "tactical":
                // MOLLE webbing rows across the front.
                for (var row = 0; row < 4; row++)
                {
                    var y = bag.Top + 40 + (row * 34);
                    canvas.DrawLine(bag.Left + 30, y, bag.Right - 30, y, line);
                }

                break;
            case "hike-daypack":
                // Compression straps down the sides.
                canvas.DrawLine(bag.Left + 40, bag.Top + 60, bag.Left + 40, bag.Bottom - 60, line);
                canvas.DrawLine(bag.Right - 40, bag.Top + 60, bag.Right - 40, bag.Bottom - 60, line);
                break;
            case "kids":
                // Two round ears on top.
                canvas.DrawCircle(bag.Left + 70, bag.Top + 20, 42, body);
                canvas.DrawCircle(bag.Right - 70, bag.Top + 20, 42, body);
                break;
            case "eco":
                // A leaf on the pocket.
                using (var leaf = new SKPath())
                {
                    leaf.MoveTo(pocket.MidX - 40, pocket.MidY + 30);
                    leaf.QuadTo(pocket.MidX - 30, pocket.MidY - 40, pocket.MidX + 40, pocket.MidY - 30);
                    leaf.QuadTo(pocket.MidX + 30, pocket.MidY + 40, pocket.MidX - 40, pocket.MidY + 30);
                    using var green = new SKPaint { Color = new SKColor(0xFF4E9A46), IsAntialias = true };
                    canvas.DrawPath(leaf, green);
                }

                break;
            default:
                // A zip line along the top.
                canvas.DrawLine(bag.Left + 50, bag.Top + 60, bag.Right - 50, bag.Top + 60, line);
                break;
        }
    }

    private static void DrawLabels(SKCanvas canvas, string family, string name, string colourName)
    {
        if (DocumentFonts.RegularFile is not { } regular || DocumentFonts.BoldFile is not { } bold)
        {
            // Without a font the card is still a picture of the family's shape and colour.
            return;
        }

        using var boldFace = SKTypeface.FromFile(bold);
        using var regularFace = SKTypeface.FromFile(regular);
        using var ink = new SKPaint { Color = new SKColor(0xFF22252A), IsAntialias = true };
        using var muted = new SKPaint { Color = new SKColor(0xFF5F6670), IsAntialias = true };
        using var small = new SKFont(regularFace, 28);
        canvas.DrawText($"{family.ToUpperInvariant()} · ILLUSTRATION", Size / 2f, 70, SKTextAlign.Center, small, muted);

        using var title = new SKFont(boldFace, 46);
        while (title.MeasureText(name) > Size - 80 && title.Size > 20)
        {
            title.Size -= 2;
        }

        canvas.DrawText(name, Size / 2f, 680, SKTextAlign.Center, title, ink);
        canvas.DrawText(colourName, Size / 2f, 730, SKTextAlign.Center, small, muted);
    }

    private static SKColor Shade(SKColor colour, float factor) =>
        new((byte)(colour.Red * factor), (byte)(colour.Green * factor), (byte)(colour.Blue * factor), colour.Alpha);
}
