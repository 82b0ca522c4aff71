using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.Platform;

/// <summary>A request of a .http file as written: its URL, headers and body still hold their <c>{{variables}}</c>.</summary>
public sealed record HttpFileRequest(
    string Name, int Line, int ExpectedStatus, string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body);

/// <summary>
/// The part of the VS Code REST Client format that api-docs/backpack-catalog.http uses: <c>@name = value</c> file variables,
/// <c>###</c> separators, <c># @name</c> and this project's <c># @expect status</c> per request, a request line, headers, a
/// blank line and a body. Anything else (another directive, a line that is neither header nor comment where one is due, a
/// request without a name or an expected status, a name used twice) is an error rather than silently skipped, so the file
/// cannot drift into syntax this check does not understand.
/// </summary>
public sealed partial record HttpFile(IReadOnlyDictionary<string, string> Variables, IReadOnlyList<HttpFileRequest> Requests)
{
    public static HttpFile Parse(string text)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var requests = new List<HttpFileRequest>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var blockStart = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || Separator().IsMatch(lines[i]))
            {
                if (ParseBlock(lines, blockStart, i, variables) is { } request)
                {
                    if (requests.Exists(r => r.Name == request.Name))
                    {
                        throw Error(request.Line, $"the request name {request.Name} is used twice");
                    }

                    requests.Add(request);
                }

                blockStart = i + 1;
            }
        }

        return new HttpFile(variables, requests);
    }

    private static HttpFileRequest? ParseBlock(string[] lines, int start, int end, Dictionary<string, string> variables)
    {
        string? name = null;
        int? expected = null;
        var i = start;
        for (; i < end; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (Directive().Match(line) is { Success: true } directive)
            {
                var value = directive.Groups["value"].Value.Trim();
                switch (directive.Groups["name"].Value)
                {
                    case "name" when RequestName().IsMatch(value):
                        name = value;
                        break;
                    case "expect" when int.TryParse(value, out var status) && status is >= 100 and <= 599:
                        expected = status;
                        break;
                    default:
                        throw Error(i, $"'{line}' is not a directive this runner understands (# @name identifier, # @expect status)");
                }
            }
            else if (Comment().IsMatch(line))
            {
                continue;
            }
            else if (FileVariable().Match(line) is { Success: true } variable)
            {
                if (!variables.TryAdd(variable.Groups["name"].Value, variable.Groups["value"].Value.Trim()))
                {
                    throw Error(i, $"the file variable {variable.Groups["name"].Value} is defined twice");
                }
            }
            else
            {
                break;
            }
        }

        if (i == end)
        {
            return name is null && expected is null ? null : throw Error(start, "a # @name or # @expect without a request after it");
        }

        var requestLine = RequestLine().Match(lines[i]);
        if (!requestLine.Success)
        {
            throw Error(i, $"'{lines[i]}' is not a request line (METHOD url), a comment, a directive or a file variable");
        }

        var first = i;
        if (name is null || expected is null)
        {
            throw Error(first, "every request needs a # @name and a # @expect status above it");
        }

        var headers = new List<KeyValuePair<string, string>>();
        for (i++; i < end && lines[i].Trim().Length > 0; i++)
        {
            var header = Header().Match(lines[i]);
            if (!header.Success)
            {
                throw Error(i, $"'{lines[i]}' is not a header (Name: value); a body must follow a blank line");
            }

            headers.Add(new(header.Groups["name"].Value, header.Groups["value"].Value.Trim()));
        }

        var body = string.Join('\n', lines[Math.Min(i + 1, end)..end]).TrimEnd();
        return new HttpFileRequest(name, first + 1, expected.Value, requestLine.Groups["method"].Value, requestLine.Groups["url"].Value,
            headers, body.Length == 0 ? null : body);
    }

    private static FormatException Error(int index, string message) => new($"backpack-catalog.http line {index + 1}: {message}.");

    [GeneratedRegex(@"^###")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(#|//)\s*@(?<name>[A-Za-z-]+)(\s+(?<value>.*))?$")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^\s*(#|//)")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex RequestName();

    [GeneratedRegex(@"^@(?<name>[A-Za-z][A-Za-z0-9]*)\s*=(?<value>.*)$")]
    private static partial Regex FileVariable();

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (?<url>\S+)( HTTP/1\.1)?$")]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9-]+):(?<value>.*)$")]
    private static partial Regex Header();
}
