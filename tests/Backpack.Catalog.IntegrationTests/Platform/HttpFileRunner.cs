using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>What one request of the file was sent as and answered, for the variables of later requests.</summary>
public sealed record HttpFileExchange(
    IReadOnlyDictionary<string, string> RequestHeaders, int Status, IReadOnlyDictionary<string, string> ResponseHeaders, string ResponseBody);

/// <summary>
/// Sends the requests of an <see cref="HttpFile"/> in order, resolving the variables REST Client would: file variables,
/// <c>{{$guid}}</c>, and <c>{{name.response.body.$.path}}</c>, <c>{{name.response.headers.Name}}</c> and
/// <c>{{name.request.headers.Name}}</c> of requests already sent. Any other variable is an error.
/// </summary>
public sealed partial class HttpFileRunner(HttpClient client, IReadOnlyDictionary<string, string> variables)
{
    private readonly Dictionary<string, HttpFileExchange> _exchanges = new(StringComparer.Ordinal);

    /// <summary>Where a body's <c>&lt; ./file</c> lines are read from: the .http file's folder.</summary>
    public string FileFolder { get; init; } = Path.Combine(Infrastructure.BuildPaths.RepositoryRoot, "api-docs");

    /// <summary>
    /// The body as sent. As REST Client does, a multipart body's lines end in CRLF, which RFC 2046 requires around its boundaries, and a
    /// line <c>&lt; ./path</c> is the bytes of that file (relative to the .http file), so a binary upload can be written down.
    /// </summary>
    private byte[] BodyBytes(string body, string contentType)
    {
        var multipart = contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);
        if (!multipart)
        {
            return Encoding.UTF8.GetBytes(body);
        }

        using var bytes = new MemoryStream();
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("< ", StringComparison.Ordinal))
            {
                bytes.Write(File.ReadAllBytes(Path.GetFullPath(Path.Combine(FileFolder, line[2..].Trim()))));
                bytes.Write("\r\n"u8);
            }
            else
            {
                bytes.Write(Encoding.UTF8.GetBytes(line + "\r\n"));
            }
        }

        return bytes.ToArray();
    }

    public async Task<(string Url, HttpFileExchange Exchange)> SendAsync(HttpFileRequest request, CancellationToken cancellationToken)
    {
        var url = Resolve(request.Url);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), url);
        var sentHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? contentType = null;
        foreach (var (name, value) in request.Headers)
        {
            var resolved = Resolve(value);
            sentHeaders[name] = resolved;
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = resolved;
            }
            else if (!message.Headers.TryAddWithoutValidation(name, resolved))
            {
                throw new FormatException($"{request.Name}: the header {name} cannot be sent as a request header.");
            }
        }

        if ((request.Body is null) != (contentType is null))
        {
            throw new FormatException($"{request.Name}: a body needs a Content-Type header, and a Content-Type needs a body.");
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(BodyBytes(Resolve(request.Body), contentType!));
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }

        using var response = await client.SendAsync(message, cancellationToken);
        var responseHeaders = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var exchange = new HttpFileExchange(sentHeaders, (int)response.StatusCode, responseHeaders,
            await response.Content.ReadAsStringAsync(cancellationToken));
        _exchanges[request.Name] = exchange;
        return (url, exchange);
    }

    private string Resolve(string text) => Variable().Replace(text, match => ValueOf(match.Groups["name"].Value));

    private string ValueOf(string name)
    {
        if (name.StartsWith('$'))
        {
            if (name == "$guid")
            {
                return Guid.NewGuid().ToString();
            }

            // REST Client's {{$datetime "YYYY-MM-DD" N d}}: today (UTC) plus N days, as a date.
            return DateOffset().Match(name) is { Success: true } date
                ? DateTime.UtcNow.Date.AddDays(int.Parse(date.Groups["days"].Value, System.Globalization.CultureInfo.InvariantCulture))
                    .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : throw new FormatException($"The system variable {{{{{name}}}}} is not supported.");
        }

        if (RequestVariable().Match(name) is { Success: true } reference)
        {
            var source = reference.Groups["request"].Value;
            if (!_exchanges.TryGetValue(source, out var exchange))
            {
                throw new FormatException($"{{{{{name}}}}} names the request {source}, which has not been sent before it.");
            }

            var key = reference.Groups["key"].Value;
            return (reference.Groups["side"].Value, reference.Groups["part"].Value) switch
            {
                ("request", "headers") => HeaderOf(exchange.RequestHeaders, key, name),
                ("response", "headers") => HeaderOf(exchange.ResponseHeaders, key, name),
                ("response", "body") => JsonPathOf(exchange.ResponseBody, key, name),
                _ => throw new FormatException($"{{{{{name}}}}}: only response bodies, response headers and request headers can be referenced."),
            };
        }

        return variables.TryGetValue(name, out var value)
            ? Resolve(value)
            : throw new FormatException($"{{{{{name}}}}} is neither a file variable nor a request variable.");
    }

    private static string HeaderOf(IReadOnlyDictionary<string, string> headers, string header, string reference) =>
        headers.TryGetValue(header, out var value) ? value : throw new FormatException($"{{{{{reference}}}}}: there was no {header} header.");

    /// <summary>A JSONPath of property names and array indexes only (<c>$.erp.messages[0].messageId</c>); it must name a value.</summary>
    private static string JsonPathOf(string body, string path, string reference)
    {
        if (!JsonPath().IsMatch(path))
        {
            throw new FormatException($"{{{{{reference}}}}}: only $.property and [index] steps are supported.");
        }

        using var document = JsonDocument.Parse(body);
        var element = document.RootElement;
        foreach (Match step in JsonPathStep().Matches(path))
        {
            element = Step(element, step) ?? throw new FormatException($"{{{{{reference}}}}}: the answer has nothing at {step.Value}.");
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.Null or JsonValueKind.Undefined => throw new FormatException($"{{{{{reference}}}}} is null in the answer."),
            _ => element.GetRawText(),
        };
    }

    private static JsonElement? Step(JsonElement element, Match step)
    {
        if (step.Groups["index"].Success)
        {
            var index = int.Parse(step.Groups["index"].Value);
            return element.ValueKind == JsonValueKind.Array && index < element.GetArrayLength() ? element[index] : null;
        }

        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(step.Groups["property"].Value, out var property) ? property : null;
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[^{}]+?)\s*\}\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^(?<request>[A-Za-z][A-Za-z0-9]*)\.(?<side>request|response)\.(?<part>headers|body)\.(?<key>.+)$")]
    private static partial Regex RequestVariable();

    [GeneratedRegex(@"^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])+$")]
    private static partial Regex JsonPath();

    [GeneratedRegex(@"\.(?<property>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>\d+)\]")]
    private static partial Regex JsonPathStep();

    [GeneratedRegex(@"^\$datetime ""YYYY-MM-DD"" (?<days>-?\d{1,4}) d$")]
    private static partial Regex DateOffset();
}
