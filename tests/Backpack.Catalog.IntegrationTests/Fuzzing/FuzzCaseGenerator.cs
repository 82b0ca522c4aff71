using System.Text;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Infrastructure.Auth;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>Whose key an operation's baseline request carries.</summary>
public enum CallerRole
{
    Anonymous,
    Distributor,
    Admin,
}

/// <summary>
/// Every request the fuzzer can send for one operation of the document: the valid baseline, then mutations of it in
/// auth, path parameters, query parameters, cursors, headers and body. Deterministic for a given seed.
/// </summary>
public sealed class FuzzCaseGenerator
{
    private const string KeyHeader = ApiKeyFormat.HeaderName;
    private const string IfMatch = "If-Match";
    private const string IfNoneMatch = "If-None-Match";

    private static readonly string[] UnknownQueryNames =
        ["fuzz", "limit[]", "%00", "__proto__", "$where", "filter%5Bprice%5D", "a.b", "CURSOR", "callback", "_method"];

    private readonly FuzzOperation _operation;
    private readonly FuzzTargets _targets;
    private readonly Random _random;
    private readonly RequestDraft _baseline;
    private readonly BodyMutations? _body;
    private List<FuzzCase>? _candidates;

    public FuzzCaseGenerator(FuzzOperation operation, IReadOnlyList<FuzzOperation> all, FuzzTargets targets, SchemaSamples samples, int seed)
    {
        _operation = operation;
        _targets = targets;
        _random = new Random(seed);
        Role = RoleOf(operation);
        if (operation.JsonBody is { } json && (json.Example is { } example ? JsonNode.Parse(example.GetRawText()) : samples.Sample(json.Schema)) is { } body)
        {
            if (operation.Method == "POST")
            {
                NameUniquely(body);
            }

            _body = new BodyMutations(samples, body, json.Schema, _random);
        }

        _baseline = BaselineDraft(all, samples);
    }

    public FuzzOperation Operation => _operation;

    public CallerRole Role { get; }

    /// <summary>The key of <see cref="Role"/>, or null for anonymous operations.</summary>
    public string? BaselineKey => Role switch
    {
        CallerRole.Admin => _targets.Keys.Admin,
        CallerRole.Distributor => _targets.Keys.Distributor,
        _ => null,
    };

    /// <summary>
    /// The document has one API-key scheme for every role (or a separate admin scheme): admin operations are the ones under
    /// /v1/admin or naming an admin scheme; other secured operations take a distributor's key; the rest are open.
    /// </summary>
    public static CallerRole RoleOf(FuzzOperation operation) =>
        operation.SecuritySchemes.Count == 0 ? CallerRole.Anonymous
        : operation.SecuritySchemes.Any(s => s.Contains("admin", StringComparison.OrdinalIgnoreCase))
          || operation.PathTemplate.StartsWith("/v1/admin/", StringComparison.Ordinal) ? CallerRole.Admin
        : CallerRole.Distributor;

    public FuzzRequest Baseline() => _baseline.Build(_operation, "baseline", _random);

    /// <summary>
    /// The requests to send: every always-sent case and <paramref name="sampled"/> others, taken in turn from each group
    /// (in a seeded order) so that they spread over parameters and kinds of value; in a seeded order with the baseline
    /// last, so that a baseline that deletes or archives cannot starve the mutations.
    /// </summary>
    public IReadOnlyList<FuzzRequest> Pick(int sampled)
    {
        var cases = Candidates;
        var picked = cases.Where(c => c.Always && c.Category != "baseline").ToList();
        var budget = picked.Count + sampled;
        var groups = Shuffled(cases.Where(c => !c.Always).GroupBy(c => c.Group ?? c.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Queue<FuzzCase>(Shuffled(g.ToList()))).ToList());
        while (picked.Count < budget && groups.Any(g => g.Count > 0))
        {
            foreach (var group in groups.Where(g => g.Count > 0 && picked.Count < budget))
            {
                picked.Add(group.Dequeue());
            }
        }

        for (var i = 0; picked.Count < budget; i++)
        {
            picked.Add(UnknownQuery(i));
        }

        return [.. Shuffled(picked).Select(c => c.Build()), Baseline()];
    }

    /// <summary>How many cases are sent whatever the budget, the baseline included.</summary>
    public int AlwaysSent => Candidates.Count(c => c.Always);

    /// <summary>How many sampled (not always-sent) cases there are: the weight of this operation in the plan.</summary>
    public int SampledCandidates => Candidates.Count(c => !c.Always);

    private IReadOnlyList<FuzzCase> Candidates => _candidates ??=
        [.. Auth(), .. PathCases(), .. QueryCases(), .. CursorCases(), .. HeaderCases(), .. BodyCases()];

    private FuzzCase Case(string category, string label, bool always, Func<RequestDraft, RequestDraft> change, string? group = null) =>
        new(category, label, always, () => change(_baseline).Build(_operation, $"{category}: {label}", _random), group);

    private RequestDraft BaselineDraft(IReadOnlyList<FuzzOperation> all, SchemaSamples samples)
    {
        var pathValues = _operation.In("path").ToDictionary(p => p.Name, p => Uri.EscapeDataString(RealId(p.Name) ?? SampleText(samples, p)));
        var query = _operation.In("query").Where(p => p.Required).Select(p => new KeyValuePair<string, string>(p.Name, Uri.EscapeDataString(SampleText(samples, p))));
        var draft = new RequestDraft(pathValues, query.ToList(), [], null, null, null);
        if (BaselineKey is { } key)
        {
            draft = draft.AddHeader(KeyHeader, key);
        }

        foreach (var header in _operation.In("header"))
        {
            if (header.Name.Equals(IfMatch, StringComparison.OrdinalIgnoreCase) && ETagSource(all, draft) is { } source)
            {
                draft = draft.AddHeader(header.Name, FuzzRequest.FreshETag) with { ETagSource = source };
            }
            else if (header.Required)
            {
                draft = draft.AddHeader(header.Name, RequestDraft.UniqueValue);
            }
        }

        if (_body is not null)
        {
            return draft.WithBody(_body.Baseline(), _operation.JsonBody!.MediaType);
        }

        return _operation.BodyMedia is [var text, ..] ? draft.WithBody(Encoding.UTF8.GetBytes(ExampleText(text)), text.MediaType) : draft;
    }

    /// <summary>The GET of the resource a request changes: the operation's own path, or the nearest one above it (…/{sku}/price-tiers reads …/{sku}).</summary>
    private ETagLookup? ETagSource(IReadOnlyList<FuzzOperation> all, RequestDraft draft)
    {
        var segments = _operation.PathTemplate.Split('/').ToList();
        while (segments.Count > 1)
        {
            var template = string.Join('/', segments);
            if (all.Any(o => o.Method == "GET" && o.PathTemplate == template))
            {
                return new ETagLookup(draft.PathFor(template), BaselineKey);
            }

            if (segments[^1].StartsWith('{'))
            {
                return null;
            }

            segments.RemoveAt(segments.Count - 1);
        }

        return null;
    }

    /// <summary>
    /// A POST whose body names the resource it creates (a root id or sku, as the examples do) would create it once and be
    /// refused with 409 ever after, before the rest of the body is looked at: each request names its own instead.
    /// </summary>
    private static void NameUniquely(JsonNode body)
    {
        if (body is not JsonObject root)
        {
            return;
        }

        if (root["id"] is JsonValue id && id.TryGetValue<string>(out var productId))
        {
            root["id"] = $"{productId}-{RequestDraft.UniqueName}";
        }

        if (root["sku"] is JsonValue sku && sku.TryGetValue<string>(out var code))
        {
            root["sku"] = $"{code}-{RequestDraft.UniqueName.ToUpperInvariant()}";
        }
    }

    private string? RealId(string parameter) => _targets.IdsFor(parameter) is { Count: > 0 } ids ? ids[_random.Next(ids.Count)] : null;

    private static string SampleText(SchemaSamples samples, FuzzParameter parameter) => samples.Sample(parameter.Schema) switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        { } node => node.ToJsonString(),
        null => "fuzz",
    };

    private static string ExampleText(FuzzBodyMedia media) =>
        media.Example is { ValueKind: System.Text.Json.JsonValueKind.String } example ? example.GetString()! : "";

    private IEnumerable<FuzzCase> Auth()
    {
        var keys = _targets.Keys;
        var someKey = BaselineKey ?? keys.Storefront;
        var values = new List<Hostile>
        {
            new("empty-key", ""), new("blank-key", "   "), new("garbage-key", "not-a-key"), new("prefix-only-key", "bpk_"),
            new("malformed-key", "bpk_short_x"), new("unknown-key", keys.Unknown), new("revoked-key", keys.Revoked),
            new("storefront-key", keys.Storefront), new("other-distributor-key", keys.OtherDistributor),
            new("huge-key", "bpk_" + new string('a', 10 * 1024)), new("unicode-key", "bpk_ключ_🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒🎒"),
            new("padded-key", $"  {someKey}  "), new("upper-cased-key", someKey.ToUpperInvariant()), new("key-plus-character", someKey + "x"),
            new("sql-or-key", "bpk_' OR 1=1 --_x"),
        };
        if (Role != CallerRole.Distributor)
        {
            values.Add(new("distributor-key", keys.Distributor));
        }

        if (Role != CallerRole.Admin)
        {
            values.Add(new("admin-key", keys.Admin));
        }

        yield return Case("baseline", "baseline", true, d => d);
        yield return Case("auth", "no-key", true, d => d.WithoutHeader(KeyHeader));
        foreach (var value in values)
        {
            yield return Case("auth", value.Label, true, d => d.WithHeader(KeyHeader, value.Value));
        }

        yield return Case("auth", "two-keys", true, d => d.WithHeader(KeyHeader, someKey).AddHeader(KeyHeader, keys.Revoked));
        yield return Case("auth", "bearer-instead-of-key", true, d => d.WithoutHeader(KeyHeader).AddHeader("Authorization", $"Bearer {someKey}"));
        yield return Case("auth", "key-in-query", true, d => d.WithoutHeader(KeyHeader).AddQuery("apiKey", Uri.EscapeDataString(someKey)));
    }

    private IEnumerable<FuzzCase> PathCases()
    {
        foreach (var parameter in _operation.In("path"))
        {
            var category = $"path {parameter.Name}";
            var real = Uri.UnescapeDataString(_baseline.PathValues[parameter.Name]);
            var values = HostileValues.Strings.Select(h => h with { Value = Uri.EscapeDataString(h.Value) })
                .Concat(HostileValues.PathSegments)
                .Concat(_targets.IdsByParameter.Where(p => p.Key != parameter.Name && p.Value.Count > 0 && !p.Value.Contains(real))
                    .Select(p => new Hostile($"a-{p.Key}", Uri.EscapeDataString(p.Value[0]))))
                .Concat(_targets.ForeignIds.Select((id, i) => new Hostile($"another-distributors-id-{i}", Uri.EscapeDataString(id))))
                .Concat([
                    new("real-id-upper-cased", Uri.EscapeDataString(real.ToUpperInvariant())), new("real-id-lower-cased", Uri.EscapeDataString(real.ToLowerInvariant())),
                    new("real-id-trailing-space", Uri.EscapeDataString(real) + "%20"), new("real-id-trailing-tab", Uri.EscapeDataString(real) + "%09"),
                    new("real-id-twice", Uri.EscapeDataString(real + real)), new("real-id-sql-suffix", Uri.EscapeDataString(real + "' OR '1'='1")),
                ]);
            // A NUL in the path never reaches the app: Kestrel answers 400 itself, and the in-memory test server refuses to send it.
            foreach (var value in values.Where(v => !Uri.UnescapeDataString(v.Value).Contains('\0', StringComparison.Ordinal)))
            {
                yield return Case(category, value.Label, false, d => d.WithPath(parameter.Name, value.Value));
            }
        }
    }

    private IEnumerable<FuzzCase> QueryCases()
    {
        foreach (var parameter in _operation.In("query"))
        {
            var category = $"query {parameter.Name}";
            var values = HostileValues.QueryValues
                .Concat(HostileValues.Strings.Select(h => h with { Value = Uri.EscapeDataString(h.Value) }))
                .Concat(_targets.IdsFor(parameter.Name).Take(1).Select(id => new Hostile("real-id", Uri.EscapeDataString(id))));
            foreach (var value in values)
            {
                yield return Case(category, value.Label, false, d => d.WithQuery(parameter.Name, value.Value));
            }

            yield return Case(category, "repeated", false, d => d.AddQuery(parameter.Name, "1").AddQuery(parameter.Name, "2"));
            yield return Case(category, "name-without-value", false, d => d.AddQuery("", parameter.Name));
            yield return Case(category, "name-upper-cased", false, d => d.AddQuery(parameter.Name.ToUpperInvariant(), "1"));
        }
    }

    private IEnumerable<FuzzCase> CursorCases()
    {
        foreach (var parameter in _operation.In("query").Where(p => p.IsCursor))
        {
            var bytes = new byte[24];
            _random.NextBytes(bytes);
            var values = new List<Hostile>
            {
                new("random-base64", Uri.EscapeDataString(Convert.ToBase64String(bytes))),
                new("random-base64url", Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')),
                new("base64-json-object", Base64Url("{\"k\":\"x\",\"id\":\"' OR 1=1 --\"}")),
                new("base64-json-array", Base64Url("[1,2,3]")),
                new("base64-json-null", Base64Url("null")),
                new("base64-huge-number", Base64Url("{\"s\":1e400,\"n\":99999999999999999999999}")),
                new("base64-nested", Base64Url(new string('[', 5000) + new string(']', 5000))),
                new("not-base64", "!!!***"),
                new("broken-padding", "eyJ9="),
            };
            if (_targets.Cursors.TryGetValue(_operation.Name, out var valid))
            {
                values.Add(new("valid-cursor", Uri.EscapeDataString(valid)));
                values.Add(new("tampered-cursor", Uri.EscapeDataString(Tampered(valid))));
                values.Add(new("truncated-cursor", Uri.EscapeDataString(valid[..(valid.Length / 2)])));
                values.Add(new("cursor-with-suffix", Uri.EscapeDataString(valid + "AAAA")));
            }

            values.AddRange(_targets.Cursors.Where(c => c.Key != _operation.Name)
                .Select(c => new Hostile($"cursor-of-{c.Key}", Uri.EscapeDataString(c.Value))));
            foreach (var value in values)
            {
                yield return Case("cursor", value.Label, true, d => d.WithQuery(parameter.Name, value.Value));
            }

            // A cursor only continues the query that issued it: the same cursor with another filter must be refused, not misread.
            if (valid is not null && _operation.In("query").FirstOrDefault(p => !p.IsCursor && p.SchemaType == "string") is { } filter)
            {
                yield return Case("cursor", $"valid-cursor-with-{filter.Name}", true,
                    d => d.WithQuery(parameter.Name, Uri.EscapeDataString(valid)).WithQuery(filter.Name, "x"));
            }
        }
    }

    private string Tampered(string cursor)
    {
        var characters = cursor.ToCharArray();
        var at = _random.Next(characters.Length);
        characters[at] = characters[at] == 'A' ? 'B' : 'A';
        return new string(characters);
    }

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private IEnumerable<FuzzCase> HeaderCases()
    {
        var documented = _operation.In("header").ToList();
        if (documented.Any(h => h.Name.Equals(IfMatch, StringComparison.OrdinalIgnoreCase)) || _operation.Method != "GET")
        {
            yield return Case("if-match", "missing", true, d => d.WithoutHeader(IfMatch));
            foreach (var tag in HostileValues.EntityTags)
            {
                yield return Case("if-match", tag.Label, true, d => d.WithHeader(IfMatch, tag.Value));
            }
        }
        else
        {
            foreach (var tag in HostileValues.EntityTags)
            {
                yield return Case("if-none-match", tag.Label, true, d => d.WithHeader(IfNoneMatch, tag.Value));
            }
        }

        foreach (var header in documented.Where(h => h.Required && !h.Name.StartsWith("If-", StringComparison.OrdinalIgnoreCase)))
        {
            var category = $"header {header.Name}";
            yield return Case(category, "missing", true, d => d.WithoutHeader(header.Name));
            yield return Case(category, "used-before-for-another-body", true, d => d.WithHeader(header.Name, _targets.UsedIdempotencyKey));
            yield return Case(category, "twice", true, d => d.AddHeader(header.Name, "fuzz-second-value"));
            foreach (var value in HostileValues.IdempotencyKeys)
            {
                yield return Case(category, value.Label, true, d => d.WithHeader(header.Name, value.Value));
            }
        }

        Hostile[] generic =
        [
            new("Accept", "application/xml"), new("Accept", "text/csv"), new("Accept", "*/*;q=0"), new("Accept", "garbage/"),
            new("X-Forwarded-For", "' OR 1=1 --"), new("X-HTTP-Method-Override", "DELETE"), new("Origin", "https://evil.example"),
            new("Range", "bytes=0-1"), new("Accept-Charset", "utf-7"), new("Content-Encoding", "gzip"),
        ];
        foreach (var header in generic)
        {
            yield return Case("headers", $"{header.Label}: {header.Value}", false, d => d.AddHeader(header.Label, header.Value));
        }
    }

    private IEnumerable<FuzzCase> BodyCases()
    {
        if (_body is not null)
        {
            foreach (var body in _body.All())
            {
                yield return Case(body.Category, body.Label, body.Always, d => d.WithBody(body.Bytes(), d.ContentType), body.Group);
            }

            foreach (var type in HostileValues.ContentTypes)
            {
                yield return Case("content-type", type.Label, true, d => d.WithBody(d.Body, type.Value));
            }

            yield return Case("content-type", "none", true, d => d.WithBody(d.Body, null));
            yield return Case("content-type", "no-body", true, d => d.WithBody(null, d.ContentType));
            yield return Case("content-type", "no-body-no-content-type", true, d => d.WithBody(null, null));
        }

        foreach (var text in _operation.BodyMedia.Where(m => m != _operation.JsonBody))
        {
            foreach (var body in TextBodies(ExampleText(text)))
            {
                yield return Case($"{text.MediaType} body", body.Label, false, d => d.WithBody(Encoding.UTF8.GetBytes(body.Value), text.MediaType));
            }
        }

        if (_operation.BodyMedia.Count == 0)
        {
            Hostile[] unexpected =
            [
                new("application/json", "{\"a\": 1}"), new("application/json", "{"), new("text/plain", "hello"),
                new("application/json", "[" + new string(' ', 100 * 1024) + "]"), new("application/octet-stream", "\u0000\u0001\u0002"),
            ];
            foreach (var body in unexpected)
            {
                yield return Case("unexpected-body", $"{body.Label} {(body.Value.Length > 20 ? $"{body.Value.Length} bytes" : body.Value)}", true,
                    d => d.WithBody(Encoding.UTF8.GetBytes(body.Value), body.Label));
            }
        }
    }

    /// <summary>Mutations of a text body (the CSV import): hostile rows, cells and encodings around the documented example.</summary>
    private static IEnumerable<Hostile> TextBodies(string example)
    {
        var lines = example.Split('\n');
        yield return new("example", example);
        yield return new("header-only", lines[0]);
        yield return new("truncated", example[..(example.Length / 2)]);
        yield return new("unbalanced-quote", example + "\n\"unterminated,cell");
        yield return new("extra-columns", example + "\n" + string.Join(',', Enumerable.Repeat("x", 200)));
        yield return new("formula-injection", example + "\n=cmd|' /C calc'!A0,+SUM(1),-1,@x");
        yield return new("bom", "\uFEFF" + example);
        yield return new("crlf-and-nul", example.Replace("\n", "\r\n", StringComparison.Ordinal) + "\u0000");
        // The header and the first row, every cell but the first (the product id) replaced by the hostile value.
        foreach (var hostile in HostileValues.Strings.Append(HostileValues.Huge))
        {
            var cell = $"\"{hostile.Value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            yield return new($"cell {hostile.Label}",
                lines.Length > 1 ? lines[0] + "\n" + string.Join(',', lines[1].Split(',').Select((first, i) => i == 0 ? first : cell)) : hostile.Value);
        }
    }

    private FuzzCase UnknownQuery(int index)
    {
        var name = UnknownQueryNames[index % UnknownQueryNames.Length];
        var values = HostileValues.QueryValues;
        var value = values[(index / UnknownQueryNames.Length) % values.Length];
        return Case("unknown-query", $"{name}={value.Label} #{index}", false, d => d.AddQuery(name, value.Value));
    }

    private List<T> Shuffled<T>(List<T> items)
    {
        var copy = items.ToList();
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(copy));
        return copy;
    }
}
