using System.Text;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>Where to read the current ETag of the resource a request changes: a GET of <paramref name="Path"/> with this key.</summary>
public sealed record ETagLookup(string Path, string? ApiKey);

/// <summary>
/// One request the fuzzer sends: which operation it targets, how it differs from the valid baseline (<see cref="Mutation"/>),
/// and its exact method, path with query, headers and body. A header whose value is <see cref="FreshETag"/> gets the
/// resource's current ETag just before the request is sent, so that the request gets past the precondition check.
/// </summary>
public sealed record FuzzRequest(
    string Operation,
    string Mutation,
    string Method,
    string PathAndQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType,
    ETagLookup? ETagSource = null)
{
    public const string FreshETag = "<the resource's current ETag>";

    private const int MaxShownBody = 4096;
    private const int ShownBodyExcerpt = 1024;

    /// <summary>The request as an HTTP message (the .http file format), to replay it by hand.</summary>
    public string ToHttpText()
    {
        var text = new StringBuilder().Append($"{Method} {PathAndQuery}\n");
        foreach (var (name, value) in Headers)
        {
            text.Append($"{name}: {Shown(value, 200)}\n");
        }

        if (ContentType is not null)
        {
            text.Append($"Content-Type: {ContentType}\n");
        }

        if (Body is null)
        {
            return text.ToString();
        }

        text.Append('\n');
        if (!IsPrintableUtf8(Body))
        {
            return text.Append($"(base64 of {Body.Length} bytes) ")
                .Append(Body.Length <= MaxShownBody ? Convert.ToBase64String(Body) : Convert.ToBase64String(Body, 0, ShownBodyExcerpt) + "…")
                .Append('\n').ToString();
        }

        var body = Encoding.UTF8.GetString(Body);
        return text.Append(body.Length <= MaxShownBody ? body : $"{body[..ShownBodyExcerpt]}… ({Body.Length} bytes in all)").Append('\n').ToString();
    }

    private static string Shown(string value, int max) => value.Length <= max ? value : $"{value[..max]}… ({value.Length} characters)";

    private static bool IsPrintableUtf8(byte[] body)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
            return !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) && (body.Length < 3 || body[0] != 0xEF);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
