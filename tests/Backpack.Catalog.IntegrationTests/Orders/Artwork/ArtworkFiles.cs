using System.Net.Http.Headers;
using System.Text;

namespace Backpack.Catalog.IntegrationTests.Orders.Artwork;

/// <summary>Small files of each type, as their first bytes make them, and the multipart bodies that carry them.</summary>
internal static class ArtworkFiles
{
    public static byte[] Svg(string text = "NAIROBI") => Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><text x=\"4\" y=\"28\">{text}</text></svg>\n");

    public static byte[] Png(int extraBytes = 64) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[extraBytes]];

    public static byte[] Pdf(string body = "proof") => Encoding.ASCII.GetBytes($"%PDF-1.7\n% {body}\n%%EOF\n");

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[64]];

    public static MultipartFormDataContent Form(byte[] content, string fileName, string declaredType = "application/octet-stream", string? note = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (note is not null)
        {
            form.Add(new StringContent(note), "note");
        }

        return form;
    }
}
