using System.Text.RegularExpressions;

namespace Backpack.Catalog.IntegrationTests.DeveloperTooling.Guides;

/// <summary>
/// The ids a guide shows (an order id, a key, a webhook secret) and the ones the walk got in their place. The first time
/// a shown id meets a live one they are bound; from then on the guide's commands send the live id, and every later
/// answer must show it where the guide shows the shown one.
/// </summary>
internal sealed partial class Bindings
{
    private readonly Dictionary<string, string> _liveOf;

    public Bindings() => _liveOf = new Dictionary<string, string>(StringComparer.Ordinal);

    private Bindings(Dictionary<string, string> liveOf) => _liveOf = new Dictionary<string, string>(liveOf, StringComparer.Ordinal);

    public Bindings Copy() => new(_liveOf);

    public void CommitFrom(Bindings trial)
    {
        foreach (var (shown, live) in trial._liveOf)
        {
            _liveOf[shown] = live;
        }
    }

    public void Bind(string shown, string live)
    {
        _liveOf[shown] = live;
        if (ApiKey().Match(shown) is { Success: true } shownKey && ApiKey().Match(live) is { Success: true } liveKey)
        {
            _liveOf[shownKey.Groups["id"].Value] = liveKey.Groups["id"].Value;
        }
    }

    /// <summary><paramref name="text"/> with every bound id replaced by its live one.</summary>
    public string ToLive(string text) =>
        _liveOf.Keys.OrderByDescending(k => k.Length).Aggregate(text, (current, shown) => current.Replace(shown, _liveOf[shown], StringComparison.Ordinal));

    /// <summary>
    /// Whether <paramref name="live"/> is <paramref name="shown"/> with its unbound generated ids (and, for a keyId member or
    /// a catalogue ETag, which hashes a body holding the time the demo database was seeded, the whole value) replaced by ones of the same
    /// shape; if so, binds them.
    /// </summary>
    public bool Unify(string shown, string live, string member)
    {
        if ((member == "keyId" && KeyId().IsMatch(shown) && KeyId().IsMatch(live) || member == "ETag" && BodyHash().IsMatch(shown) && BodyHash().IsMatch(live))
            && !_liveOf.ContainsKey(shown))
        {
            Bind(shown, live);
            return true;
        }

        var ids = GeneratedId().Matches(shown);
        if (ids.Count == 0)
        {
            return false;
        }

        var pattern = "^";
        var at = 0;
        foreach (Match id in ids)
        {
            pattern += Regex.Escape(shown[at..id.Index]) + "(" + Shape(id.Value) + ")";
            at = id.Index + id.Length;
        }

        var match = Regex.Match(live, pattern + Regex.Escape(shown[at..]) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return false;
        }

        for (var i = 0; i < ids.Count; i++)
        {
            Bind(ids[i].Value, match.Groups[i + 1].Value);
        }

        return true;
    }

    private static string Shape(string id) => id switch
    {
        _ when id.StartsWith("bpk_", StringComparison.Ordinal) => "bpk_[a-z2-7]{12}_[A-Za-z0-9]{40}",
        _ when id.StartsWith("whsec_", StringComparison.Ordinal) => "whsec_[A-Za-z0-9_-]{43}",
        _ when id.StartsWith("dst_", StringComparison.Ordinal) => "dst_[a-z0-9]{12}",
        _ when id.Length == 14 && id[2] == '-' => Regex.Escape(id[..3]) + "[0-9]{4}-[0-9]{6}",
        _ => Regex.Escape(id[..(id.IndexOf('_') + 1)]) + "[0-9a-f]{32}",
    };

    /// <summary>What the API generates: order, quote, webhook, delivery, event and import ids, distributor ids, API keys, webhook secrets, and
    /// trade document numbers (their year and sequence depend on when and in what order the walk runs).</summary>
    [GeneratedRegex(@"(?:qt|ord|whk|whd|evt|imp|crt)_[0-9a-f]{32}|dst_[a-z0-9]{12}(?![a-z0-9-])|bpk_[a-z2-7]{12}_[A-Za-z0-9]{40}|whsec_[A-Za-z0-9_-]{43}|(?:PI|CI|PL|CO)-[0-9]{4}-[0-9]{6}")]
    private static partial Regex GeneratedId();

    [GeneratedRegex("bpk_(?<id>[a-z2-7]{12})_[A-Za-z0-9]{40}")]
    private static partial Regex ApiKey();

    /// <summary>A catalogue read's ETag; an order's is its version ("v2") and must match exactly.</summary>
    [GeneratedRegex("^\"[A-Za-z0-9_-]{24}\"$")]
    private static partial Regex BodyHash();

    [GeneratedRegex("^[a-z2-7]{12}$")]
    private static partial Regex KeyId();
}
