using System.Globalization;
using System.Text;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>A request the oracle found fault with: what was sent (to replay it), what came back, and what is wrong.</summary>
public sealed record FuzzFinding(int Index, FuzzRequest Request, int Status, IReadOnlyList<string> Problems, string BodyExcerpt)
{
    /// <summary>Findings alike enough to be one bug: the same operation and the same kind of problem.</summary>
    public string Kind => $"{Request.Operation}: {string.Join(" | ", Problems.Select(p => p.Split(':')[0]))}";

    public string Describe() => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"#{Index} {Request.Operation} [{Request.Mutation}] answered {Status}:\n")
        .Append(string.Concat(Problems.Select(p => $"  - {p}\n")))
        .Append("  request:\n")
        .Append(string.Concat(Request.ToHttpText().TrimEnd('\n').Split('\n').Select(line => $"    {line}\n")))
        .Append(CultureInfo.InvariantCulture, $"  response body: {BodyExcerpt}\n")
        .ToString();
}

/// <summary>What one run sent and found: per operation the requests sent and their statuses, and every finding.</summary>
public sealed class FuzzReport(FuzzSettings settings)
{
    private readonly Dictionary<string, SortedDictionary<int, int>> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _baselineStatus = new(StringComparer.Ordinal);
    private readonly List<FuzzFinding> _findings = [];

    public FuzzSettings Settings => settings;

    public IReadOnlyList<FuzzFinding> Findings => _findings;

    public IReadOnlyList<FuzzRequest> Throttled { get; private set; } = [];

    public int Sent => _statuses.Values.Sum(s => s.Values.Sum());

    public bool TimedOut { get; set; }

    public TimeSpan Elapsed { get; set; }

    public int SnapshotReads { get; set; }

    public int SentFor(string operation) => _statuses.TryGetValue(operation, out var statuses) ? statuses.Values.Sum() : 0;

    public void Planned(string operation) => _statuses.TryAdd(operation, []);

    public void Record(FuzzRequest request, int status)
    {
        var statuses = _statuses[request.Operation];
        statuses[status] = statuses.GetValueOrDefault(status) + 1;
        if (request.Mutation == "baseline")
        {
            _baselineStatus[request.Operation] = status;
        }
    }

    public void Found(FuzzFinding finding) => _findings.Add(finding);

    public void Throttle(FuzzRequest request) => Throttled = [.. Throttled, request];

    public string Summary()
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"OpenAPI fuzz: seed {settings.Seed} (set {FuzzSettings.SeedVariable} for another), ")
            .Append(CultureInfo.InvariantCulture, $"{Sent} requests over {_statuses.Count} operations in {Elapsed.TotalSeconds:0.0} s")
            .Append(TimedOut ? " (time limit reached)" : "")
            .Append(CultureInfo.InvariantCulture, $", {Throttled.Count} throttled, {SnapshotReads} full database snapshots.\n\n")
            .Append(CultureInfo.InvariantCulture, $"{"operation",-28} {"sent",5} {"baseline",8}  statuses\n");
        foreach (var (operation, statuses) in _statuses)
        {
            var baseline = _baselineStatus.TryGetValue(operation, out var status) ? status.ToString(CultureInfo.InvariantCulture) : "-";
            text.Append(CultureInfo.InvariantCulture, $"{operation,-28} {statuses.Values.Sum(),5} {baseline,8}  ")
                .Append(string.Join(' ', statuses.Select(s => $"{s.Key}×{s.Value}"))).Append('\n');
        }

        var kinds = _findings.GroupBy(f => f.Kind).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\nFindings: {_findings.Count} ({kinds.Count} distinct)\n");
        foreach (var kind in kinds)
        {
            text.Append(CultureInfo.InvariantCulture, $"{kind.Count(),5} × {kind.Key}\n");
        }

        return text.ToString();
    }

    /// <summary>The summary, then every finding with the request that replays it.</summary>
    public string Full() => Summary() + "\n" + string.Concat(_findings.Select(f => f.Describe() + "\n"));

    /// <summary>The summary and the first finding of each kind, for a failure message.</summary>
    public string FirstOfEachKind(int max) =>
        Summary() + "\n" + string.Concat(_findings.GroupBy(f => f.Kind).Take(max).Select(g => g.First().Describe() + "\n"));
}
