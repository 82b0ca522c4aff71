using System.Buffers;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Backpack.Catalog.Api.Features.Admin.Imports;

/// <summary>Reads an import's body: which format it says it is, and its bytes, never holding more than the limit.</summary>
public static class ImportBody
{
    /// <returns><see cref="ImportFile.Json"/>, <see cref="ImportFile.Csv"/>, or null for any other type or a charset other than UTF-8.</returns>
    public static string? FormatOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type)
            || (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ? ImportFile.Json
            : type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) ? ImportFile.Csv
            : null;
    }

    /// <returns>The body, or null when it is longer than <paramref name="maxBytes"/> (by Content-Length, or once that many bytes have come).</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // Kestrel's own limit (30 MB by default) would otherwise answer first when the configured one is larger.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false, MaxRequestBodySize: { } server } feature
            && server <= maxBytes)
        {
            feature.MaxRequestBodySize = maxBytes + 1;
        }

        using var body = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81_920);
        try
        {
            while (true)
            {
                // One byte past the limit is enough to know the body is too large.
                var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - body.Length);
                var read = await request.Body.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
                if (read == 0)
                {
                    return body.ToArray();
                }

                body.Write(chunk, 0, read);
                if (body.Length > maxBytes)
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <returns>-1 when the bytes are valid UTF-8, otherwise the offset of the first invalid sequence.</returns>
    public static int InvalidUtf8At(byte[] body)
    {
        if (Utf8.IsValid(body))
        {
            return -1;
        }

        Utf8.ToUtf16(body, new char[body.Length], out var valid, out _, replaceInvalidSequences: false);
        return valid;
    }
}
