using System.Net.Http.Headers;
using SkiaSharp;

namespace Backpack.Catalog.IntegrationTests.Catalogue.Images;

/// <summary>Real images made for the tests, and the multipart bodies that upload them.</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    public static (int Width, int Height, SKEncodedImageFormat Format) Decode(byte[] content)
    {
        using var codec = SKCodec.Create(new MemoryStream(content)) ?? throw new InvalidOperationException("not an image");
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }

    public static MultipartFormDataContent Form(byte[] content, string fileName, string declaredType, params (string Name, string Value)[] texts)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        foreach (var (name, value) in texts)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xFF1F2D54));
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
