using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Backpack.Catalog.IntegrationTests.Infrastructure;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling;

/// <summary>
/// The guides' answers are the demo database's: each curl command in api-docs/*.md that reads or quotes (no body file, no
/// order, webhook, account or key made in an earlier step) is sent to a fresh demo database, and the JSON shown after it must be found in the live answer, member
/// by member. "…" in a guide stands for members left out; the members that differ on every call (traceId, quoteId,
/// quotedAt, validUntil, ageSeconds) are not compared.
/// </summary>
public sealed partial class GuideExamplesTests(CatalogueApiFactory api) : IClassFixture<CatalogueApiFactory>
{
    private static readonly string[] Guides = [.. Directory.GetFiles(Path.GetDirectoryName(BuildPaths.ApiDocs("openapi.json"))!, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>()];

    /// <summary>Members that differ on every call or every day: ids and times the call makes, and ship dates counted from today.</summary>
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal)
    {
        "traceId", "quoteId", "quotedAt", "validUntil", "ageSeconds", "retrievedAt", "changedAt", "updatedAt", "estimatedShipDate",
        "promisedShipDate", "lastError",
    };

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var guide in Guides)
        {
            foreach (var example in Read(guide))
            {
                data.Add(guide, example.Line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_guide_shows_what_the_demo_database_answers(string guide, int line)
    {
        var example = Read(guide).Single(e => e.Line == line);
        var request = new HttpRequestMessage(new HttpMethod(example.Method), example.Path);
        foreach (var (name, value) in example.Headers.Where(h => !h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (example.Body is not null)
        {
            request.Content = new StringContent(example.Body, Encoding.UTF8, "application/json");
        }

        var response = await api.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var live = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Differences(example.Expected, live, "$", Volatile).ShouldBeEmpty($"{guide} line {line}: {example.Method} {example.Path} answered {live?.ToJsonString()}");
    }

    private static void Compare(JsonNode? expected, JsonNode? live, string at, List<string> differences, IReadOnlySet<string> ignored)
    {
        switch (expected)
        {
            case JsonObject members:
                if (live is not JsonObject liveMembers)
                {
                    differences.Add($"{at}: expected an object, got {live?.ToJsonString() ?? "null"}");
                    return;
                }

                foreach (var (name, value) in members.Where(m => !ignored.Contains(m.Key)))
                {
                    if (!liveMembers.TryGetPropertyValue(name, out var liveValue))
                    {
                        differences.Add($"{at}.{name}: not in the answer");
                        continue;
                    }

                    Compare(value, liveValue, $"{at}.{name}", differences, ignored);
                }

                break;
            case JsonArray items:
                if (live is not JsonArray liveItems)
                {
                    differences.Add($"{at}: expected an array, got {live?.ToJsonString() ?? "null"}");
                    return;
                }

                // The items shown, in order, each matching a later live item than the one before: a guide may leave items out.
                var next = 0;
                for (var i = 0; i < items.Count; i++)
                {
                    var match = Enumerable.Range(next, Math.Max(0, liveItems.Count - next)).Select(j => (j, Found: Differences(items[i], liveItems[j], $"{at}[{j}]", ignored)))
                        .FirstOrDefault(c => c.Found.Count == 0, (j: -1, Found: []));
                    if (match.j < 0)
                    {
                        differences.AddRange(next < liveItems.Count ? Differences(items[i], liveItems[next], $"{at}[{next}]", ignored)
                            : [$"{at}: no item after [{next - 1}] matches {items[i]?.ToJsonString()}"]);
                        return;
                    }

                    next = match.j + 1;
                }

                break;
            case JsonValue text when text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().Contains('…'):
                // A string the guide shortens: its shown parts, in order.
                var whole = live?.GetValueKind() == JsonValueKind.String ? live.GetValue<string>() : "";
                var from = 0;
                foreach (var part in text.GetValue<string>().Split('…', StringSplitOptions.RemoveEmptyEntries))
                {
                    var found = whole.IndexOf(part, from, StringComparison.Ordinal);
                    if (found < 0)
                    {
                        differences.Add($"{at}: the guide shows {text.ToJsonString()}, the answer is {live?.ToJsonString() ?? "null"}");
                        break;
                    }

                    from = found + part.Length;
                }

                break;
            default:
                if (!JsonNode.DeepEquals(Normalised(expected), Normalised(live)))
                {
                    differences.Add($"{at}: the guide shows {expected?.ToJsonString() ?? "null"}, the answer is {live?.ToJsonString() ?? "null"}");
                }

                break;
        }
    }

    /// <summary>Where <paramref name="live"/> differs from what a guide shows, the <paramref name="ignored"/> members aside.</summary>
    private static List<string> Differences(JsonNode? expected, JsonNode? live, string at, IReadOnlySet<string> ignored)
    {
        var found = new List<string>();
        Compare(expected, live, at, found, ignored);
        return found;
    }

    /// <summary>Numbers compare by value (9.80 is 9.8).</summary>
    private static JsonNode? Normalised(JsonNode? value) =>
        value is JsonValue number && number.GetValueKind() == JsonValueKind.Number ? JsonValue.Create(number.GetValue<decimal>()) : value;

    private sealed record GuideExample(int Line, string Method, string Path, List<(string Name, string Value)> Headers, string? Body, string Shown)
    {
        /// <summary>The JSON the guide shows, with its elisions taken out.</summary>
        public JsonNode Expected => ParseShown(Shown);
    }

    /// <summary>Each ```bash block with one curl read or quote, followed by a ```json block, in a guide.</summary>
    private static List<GuideExample> Read(string guide)
    {
        var lines = File.ReadAllLines(BuildPaths.ApiDocs(guide));
        var examples = new List<GuideExample>();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```bash")
            {
                continue;
            }

            var start = i + 1;
            var end = Array.IndexOf(lines, "```", start);
            var shell = string.Join('\n', lines[start..end]).Replace("\\\n", " ", StringComparison.Ordinal);
            foreach (Match assignment in Assignment().Matches(shell))
            {
                variables[assignment.Groups["name"].Value] = assignment.Groups["value"].Value;
            }

            var next = end + 1;
            while (next < lines.Length && lines[next].Length == 0)
            {
                next++;
            }

            i = end;
            // Orders and webhooks are the distributor's own, and the admin's accounts and keys are made in earlier steps of a
            // guide, with ids and times of their own: only reads and quotes stand alone.
            if (next >= lines.Length || lines[next] != "```json" || Curl().Match(shell) is not { Success: true } curl
                || shell.Contains("--data @", StringComparison.Ordinal) || curl.Groups["url"].Value.Contains('…')
                || curl.Value.Contains("$ADMIN", StringComparison.Ordinal)
                || curl.Groups["url"].Value.StartsWith("/v1/orders", StringComparison.Ordinal) && !curl.Groups["url"].Value.StartsWith("/v1/orders/validate", StringComparison.Ordinal)
                || curl.Groups["url"].Value.StartsWith("/v1/webhooks", StringComparison.Ordinal))
            {
                continue;
            }

            var jsonEnd = Array.IndexOf(lines, "```", next + 1);
            var shown = string.Join('\n', lines[(next + 1)..jsonEnd]);
            string Expand(string text) => Variable().Replace(text, m => variables.GetValueOrDefault(m.Groups["name"].Value, m.Value));
            var headers = Header().Matches(curl.Value).Select(h => (h.Groups["name"].Value, Expand(h.Groups["value"].Value))).ToList();
            var body = Data().Match(curl.Value) is { Success: true } data ? data.Groups["body"].Value : null;
            examples.Add(new GuideExample(next + 1, body is null ? "GET" : "POST", Expand(curl.Groups["url"].Value).Replace("$BASE", "", StringComparison.Ordinal),
                headers, body, shown));
        }

        return examples;
    }

    [GeneratedRegex(@"^(?<name>[A-Z]+)=(?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"curl -s ""\$BASE(?<url>[^""]+)""[^\n]*")]
    private static partial Regex Curl();

    [GeneratedRegex(@"-H (?:'|"")(?<name>[A-Za-z-]+): (?<value>[^'""]*)(?:'|"")")]
    private static partial Regex Header();

    [GeneratedRegex(@"(?:-d|--data) '(?<body>[^']*)'")]
    private static partial Regex Data();

    [GeneratedRegex(@"\$(?<name>[A-Z]+)")]
    private static partial Regex Variable();

    /// <summary>JSON as a guide shows it, "…" and all.</summary>
    private static JsonNode ParseShown(string shown) => JsonNode.Parse(
        LeadingComma().Replace(RepeatedComma().Replace(WithoutElisions(shown), ","), "$1"),
        documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true })!;

    /// <summary>
    /// "…" between members or items is dropped; inside a string (the guide shortened the text) it is kept, escaped, as a
    /// wildcard for <see cref="Compare"/>.
    /// </summary>
    private static string WithoutElisions(string shown)
    {
        var text = new StringBuilder(shown.Length);
        var (inString, escaped) = (false, false);
        foreach (var c in shown)
        {
            if (c == '…')
            {
                text.Append(inString ? "\\u2026" : "");
                continue;
            }

            (inString, escaped) = (inString ? escaped || c != '"' : c == '"', inString && !escaped && c == '\\');
            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>What taking "…" out of "a, …, b" leaves.</summary>
    [GeneratedRegex(@",(\s*,)+")]
    private static partial Regex RepeatedComma();

    /// <summary>What taking "…" out of "{ …, a" leaves.</summary>
    [GeneratedRegex(@"([\[{])\s*,")]
    private static partial Regex LeadingComma();
}
