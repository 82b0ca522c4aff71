using System.Diagnostics;
using System.Text;
using Backpack.Catalog.IntegrationTests.Infrastructure.OpenApiConformance;

namespace Backpack.Catalog.IntegrationTests.Fuzzing;

/// <summary>The requests planned for one operation, in the order they are sent.</summary>
public sealed record OperationPlan(FuzzOperation Operation, IReadOnlyList<FuzzRequest> Requests);

/// <summary>
/// Sends the plan one request at a time through a client whose OpenAPI conformance handler reports instead of throwing,
/// fingerprints the database around each request, and lets the oracle judge every answer. Stops at the time limit.
/// </summary>
public sealed class FuzzRunner(HttpClient client, DatabaseFingerprint fingerprint, FuzzSettings settings)
{
    private const int MaxBodyExcerpt = 600;

    // Where a snapshot is a full read of every table (SQL Server), GETs are fingerprinted one in this many; writes always are.
    private const int ExpensiveGetSampling = 10;

    private readonly Dictionary<string, string> _etags = new(StringComparer.Ordinal);

    public async Task<FuzzReport> RunAsync(IReadOnlyList<OperationPlan> plan, CancellationToken cancellationToken)
    {
        var report = new FuzzReport(settings);
        foreach (var operation in plan)
        {
            report.Planned(operation.Operation.Name);
        }

        var clock = Stopwatch.StartNew();
        DatabaseSnapshot? last = null;
        var index = 0;
        foreach (var planned in plan.SelectMany(p => p.Requests))
        {
            if (clock.Elapsed > settings.TimeLimit)
            {
                report.TimedOut = true;
                break;
            }

            index++;
            var request = await WithFreshETagAsync(planned, cancellationToken);
            var fingerprinted = fingerprint.IsCheap || request.Method != "GET" || index % ExpensiveGetSampling == 0;
            var before = fingerprinted ? last ?? await fingerprint.TakeAsync(cancellationToken) : null;
            var (response, failure) = await SendAsync(request, cancellationToken);
            var after = fingerprinted ? await fingerprint.TakeAsync(cancellationToken) : null;
            last = after;
            if (response is null)
            {
                report.Record(request, 0);
                report.Found(new FuzzFinding(index, request, 0, [$"the request failed: {failure}"], ""));
                continue;
            }

            if (response.Status == 429)
            {
                report.Throttle(request);
                continue;
            }

            response = response with { DatabaseChanges = after is null ? [] : after.ChangesSince(before!) };
            report.Record(request, response.Status);
            if (FuzzOracle.Judge(request, response) is { Count: > 0 } problems)
            {
                report.Found(new FuzzFinding(index, request, response.Status, problems, Excerpt(response.Body)));
            }

            if (request.Method != "GET" && response.Status is >= 200 and < 300)
            {
                // Something changed: the ETags read so far may be stale.
                _etags.Clear();
            }
        }

        report.Elapsed = clock.Elapsed;
        report.SnapshotReads = fingerprint.FullReads;
        return report;
    }

    private async Task<FuzzRequest> WithFreshETagAsync(FuzzRequest request, CancellationToken cancellationToken)
    {
        if (request.ETagSource is not { } source || request.Headers.All(h => h.Value != FuzzRequest.FreshETag))
        {
            return request;
        }

        if (!_etags.TryGetValue(source.Path, out var etag))
        {
            using var lookup = new HttpRequestMessage(HttpMethod.Get, source.Path);
            if (source.ApiKey is not null)
            {
                lookup.Headers.Add(Backpack.Catalog.Api.Infrastructure.Auth.ApiKeyFormat.HeaderName, source.ApiKey);
            }

            lookup.Options.Set(OpenApiConformanceHandler.ReportOnly, true);
            using var response = await client.SendAsync(lookup, cancellationToken);
            // A resource the fuzzer archived or deleted has no ETag any more: a stale one still exercises the precondition.
            etag = response.Headers.ETag?.Tag ?? "\"0\"";
            _etags[source.Path] = etag;
        }

        return request with
        {
            Headers = request.Headers.Select(h => h.Value == FuzzRequest.FreshETag ? new KeyValuePair<string, string>(h.Key, etag) : h).ToList(),
            ETagSource = null,
        };
    }

    private async Task<(FuzzResponse? Response, string? Failure)> SendAsync(FuzzRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.PathAndQuery, UriKind.Relative));
        message.Options.Set(OpenApiConformanceHandler.ReportOnly, true);
        if (request.Body is not null || request.ContentType is not null)
        {
            message.Content = new ByteArrayContent(request.Body ?? []);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        try
        {
            using var response = await client.SendAsync(message, cancellationToken);
            var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            var violations = message.Options.TryGetValue(OpenApiConformanceHandler.Verdict, out var verdict) ? verdict.Violations : [];
            return (new FuzzResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, violations, []), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static string Excerpt(string body) => body.Length <= MaxBodyExcerpt ? body : body[..MaxBodyExcerpt] + "…";
}
