using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling.Guides;

/// <summary>Where a live answer differs from what a guide shows, member by member.</summary>
internal static partial class AnswerComparison
{
    /// <summary>Members that differ on every call or every day (trace ids, times, ship dates counted from today): only whether they are null is compared.</summary>
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal)
    {
        "traceId", "quotedAt", "validUntil", "ageSeconds", "retrievedAt", "changedAt", "updatedAt", "createdAt", "at", "occurredAt",
        "deliveredAt", "nextAttemptAt", "revokedAt", "estimatedShipDate", "promisedShipDate", "lastError", "durationMs",
    };

    public static List<string> Differences(JsonNode? shown, JsonNode? live, string at, Bindings bindings)
    {
        var found = new List<string>();
        Compare(shown, live, at, "", found, bindings);
        return found;
    }

    /// <summary>
    /// A text the guide shows (a header value, a string member) against the live one: "…" shortens, ids unify, and the
    /// seconds left in a rate-limit window, which depend on how long the walk took to use the quota up, are not compared.
    /// </summary>
    public static bool TextMatches(string shown, string live, string member, Bindings bindings)
    {
        var expected = member.Equals("Retry-After", StringComparison.OrdinalIgnoreCase) ? "…" : Countdown().Replace(bindings.ToLive(shown), "${lead}…");
        if (expected == live)
        {
            return true;
        }

        if (expected.Contains('…'))
        {
            var from = 0;
            foreach (var part in expected.Split('…', StringSplitOptions.RemoveEmptyEntries))
            {
                var index = live.IndexOf(part, from, StringComparison.Ordinal);
                if (index < 0)
                {
                    return false;
                }

                from = index + part.Length;
            }

            return true;
        }

        return bindings.Unify(expected, live, member);
    }

    private static void Compare(JsonNode? shown, JsonNode? live, string at, string member, List<string> differences, Bindings bindings)
    {
        if (Volatile.Contains(member))
        {
            if ((shown is null) != (live is null))
            {
                differences.Add($"{at}: the guide shows {shown?.ToJsonString() ?? "null"}, the answer is {live?.ToJsonString() ?? "null"}");
            }

            return;
        }

        switch (shown)
        {
            case JsonObject members:
                if (live is not JsonObject liveMembers)
                {
                    differences.Add($"{at}: expected an object, got {live?.ToJsonString() ?? "null"}");
                    return;
                }

                foreach (var (name, value) in members)
                {
                    if (!liveMembers.TryGetPropertyValue(name, out var liveValue))
                    {
                        differences.Add($"{at}.{name}: not in the answer");
                        continue;
                    }

                    Compare(value, liveValue, $"{at}.{name}", name, differences, bindings);
                }

                break;
            case JsonArray items:
                CompareItems(items, live, at, differences, bindings);
                break;
            case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                if (live?.GetValueKind() != JsonValueKind.String || !TextMatches(text.GetValue<string>(), live.GetValue<string>(), member, bindings))
                {
                    differences.Add($"{at}: the guide shows {text.ToJsonString()}, the answer is {live?.ToJsonString() ?? "null"}");
                }

                break;
            default:
                if (!JsonNode.DeepEquals(Normalised(shown), Normalised(live)))
                {
                    differences.Add($"{at}: the guide shows {shown?.ToJsonString() ?? "null"}, the answer is {live?.ToJsonString() ?? "null"}");
                }

                break;
        }
    }

    /// <summary>The items shown, in order, each matching a later live item than the one before: a guide may leave items out.</summary>
    private static void CompareItems(JsonArray items, JsonNode? live, string at, List<string> differences, Bindings bindings)
    {
        if (live is not JsonArray liveItems)
        {
            differences.Add($"{at}: expected an array, got {live?.ToJsonString() ?? "null"}");
            return;
        }

        var next = 0;
        foreach (var item in items)
        {
            var matched = false;
            for (var j = next; j < liveItems.Count && !matched; j++)
            {
                var trial = bindings.Copy();
                if (Differences(item, liveItems[j], $"{at}[{j}]", trial).Count == 0)
                {
                    bindings.CommitFrom(trial);
                    (next, matched) = (j + 1, true);
                }
            }

            if (!matched)
            {
                differences.AddRange(next < liveItems.Count ? Differences(item, liveItems[next], $"{at}[{next}]", bindings.Copy())
                    : [$"{at}: no item after [{next - 1}] matches {item?.ToJsonString()}"]);
                return;
            }
        }
    }

    /// <summary>Numbers compare by value (9.80 is 9.8).</summary>
    private static JsonNode? Normalised(JsonNode? value) =>
        value is JsonValue number && number.GetValueKind() == JsonValueKind.Number ? JsonValue.Create(number.GetValue<decimal>()) : value;

    /// <summary>Seconds until a rate-limit window ends: t= in the RateLimit field, and the problem's "Retry after N seconds".</summary>
    [GeneratedRegex(@"(?<lead>\bt=|Retry after )\d+")]
    private static partial Regex Countdown();
}
