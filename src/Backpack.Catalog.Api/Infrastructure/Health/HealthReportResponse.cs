using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Backpack.Catalog.Api.Infrastructure.Health;

/// <summary>What /health/live and /health/ready answer.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy: the worst of the checks (liveness runs none, so it is Healthy while the process answers).</param>
/// <param name="Checks">Each check by name (readiness: database).</param>
public sealed record HealthReportResponse(
    [property: OneOf(typeof(HealthReportResponse), nameof(HealthReportResponse.Statuses))] string Status,
    [property: MaxLength(HealthReportResponse.MaxChecks)] IReadOnlyDictionary<string, HealthCheckResponse> Checks)
{
    /// <summary>The checks registered (see <see cref="HealthEndpoints"/>): one, the database.</summary>
    public const int MaxChecks = 1;

    /// <summary>A check's description is cut to this; an unexpected failure's would otherwise be any exception message.</summary>
    public const int MaxDescriptionLength = 200;

    public static readonly IReadOnlyList<string> Statuses = Enum.GetNames<HealthStatus>();

    public static HealthReportResponse Example => new(nameof(HealthStatus.Healthy),
        new Dictionary<string, HealthCheckResponse> { ["database"] = new(nameof(HealthStatus.Healthy), null) });

    public static HealthReportResponse From(HealthReport report) => new(report.Status.ToString(),
        report.Entries.ToDictionary(e => e.Key, e => new HealthCheckResponse(e.Value.Status.ToString(),
            e.Value.Description is { Length: > MaxDescriptionLength } d ? d[..MaxDescriptionLength] : e.Value.Description)));
}

/// <param name="Description">Why a check is not healthy; null when it is.</param>
public sealed record HealthCheckResponse(
    [property: OneOf(typeof(HealthReportResponse), nameof(HealthReportResponse.Statuses))] string Status,
    [property: MaxLength(HealthReportResponse.MaxDescriptionLength)] string? Description);
