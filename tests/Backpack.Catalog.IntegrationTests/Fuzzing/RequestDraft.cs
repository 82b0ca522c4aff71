using System.Text;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>
/// A request under construction: path parameter values and query already percent-encoded, headers as sent. Every
/// mutation starts from the baseline draft and changes one thing. A header value of <see cref="UniqueValue"/> becomes a
/// fresh value when the request is built, so that each request has its own Idempotency-Key; so do
/// <see cref="UniqueName"/> and its upper-case form in the body, so that each request names its own new product or SKU.
/// </summary>
public sealed record RequestDraft(
    IReadOnlyDictionary<string, string> PathValues,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType,
    ETagLookup? ETagSource)
{
    public const string UniqueValue = "<unique per request>";

    public const string UniqueName = "fzuniq";

    public RequestDraft WithHeader(string name, string value) => WithoutHeader(name).AddHeader(name, value);

    public RequestDraft AddHeader(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };

    public RequestDraft WithoutHeader(string name) =>
        this with { Headers = Headers.Where(h => !string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).ToList() };

    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public RequestDraft WithQuery(string name, string encodedValue) =>
        this with { Query = [.. Query.Where(q => q.Key != name), new(name, encodedValue)] };

    public RequestDraft AddQuery(string name, string encodedValue) => this with { Query = [.. Query, new(name, encodedValue)] };

    public RequestDraft WithPath(string name, string encodedValue) =>
        this with { PathValues = new Dictionary<string, string>(PathValues) { [name] = encodedValue } };

    public RequestDraft WithBody(byte[]? body, string? contentType) => this with { Body = body, ContentType = contentType };

    public string PathFor(string template) =>
        PathValues.Aggregate(template, (path, value) => path.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal));

    public FuzzRequest Build(FuzzOperation operation, string mutation, Random random)
    {
        var query = Query.Count == 0 ? "" : "?" + string.Join('&', Query.Select(q => q.Key.Length == 0 ? q.Value : $"{q.Key}={q.Value}"));
        var headers = Headers.Select(h => h.Value == UniqueValue ? new KeyValuePair<string, string>(h.Key, $"fuzz-{random.NextInt64():x16}") : h).ToList();
        var body = Body is null ? null : WithUniqueNames(Body, random);
        return new FuzzRequest(operation.Name, mutation, operation.Method, PathFor(operation.PathTemplate) + query, headers, body, ContentType, ETagSource);
    }

    private static byte[] WithUniqueNames(byte[] body, Random random)
    {
        foreach (var marker in (string[])[UniqueName, UniqueName.ToUpperInvariant()])
        {
            var pattern = Encoding.ASCII.GetBytes(marker);
            var first = char.IsUpper(marker[0]) ? 'A' : 'a';
            for (var at = body.AsSpan().IndexOf(pattern); at >= 0; at = body.AsSpan().IndexOf(pattern))
            {
                var name = new string([.. Enumerable.Range(0, marker.Length).Select(_ => (char)(first + random.Next(26)))]);
                body = [.. body[..at], .. Encoding.ASCII.GetBytes(name), .. body[(at + pattern.Length)..]];
            }
        }

        return body;
    }
}
