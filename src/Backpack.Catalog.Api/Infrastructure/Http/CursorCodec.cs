using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>
/// Opaque keyset cursors: base64url JSON of where the last page ended, plus a fingerprint of the query's
/// filters so that a cursor can never silently continue a different query.
/// </summary>
public static class CursorCodec
{
    /// <summary>What a cursor the server writes looks like: base64url without padding.</summary>
    public const string Pattern = "^[A-Za-z0-9_-]+$";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Encode<T>(T cursor) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(cursor, Json));

    /// <summary>The decoded cursor, or null when the text is not one (callers check the fields they need).</summary>
    public static T? TryDecode<T>(string text)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(text), Json);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string Fingerprint<T>(T filters) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(filters, Json))), 0, 8);
}
