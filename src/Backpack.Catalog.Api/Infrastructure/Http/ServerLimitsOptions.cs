using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Infrastructure.Http;

/// <summary>
/// Bound from the <c>ServerLimits</c> configuration section: how long the server waits for a slow client, and how long
/// it lets a request run. api-docs/limits.md explains each default.
/// </summary>
public sealed class ServerLimitsOptions
{
    public const string Section = "ServerLimits";

    /// <summary>The longest a client may take to send a request's line and headers; then 408 and the connection is closed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an idle kept-alive connection stays open between requests.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The longest a request may run in the API; then it is stopped and answered 503 <c>request-timeout</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The slowest a client may send a request body, after <see cref="DataRateGracePeriod"/>; 0 turns the check off.</summary>
    [Range(0, 1_000_000)]
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>The slowest a client may read a response, after <see cref="DataRateGracePeriod"/>; 0 turns the check off.</summary>
    [Range(0, 1_000_000)]
    public double MinResponseBytesPerSecond { get; set; } = 240;

    /// <summary>How long a body or response may go slower than its minimum rate before the connection is closed (over 1 s: the server checks once a second).</summary>
    [Range(typeof(TimeSpan), "00:00:01.001", "00:10:00")]
    public TimeSpan DataRateGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Open connections the server accepts at once; further ones are closed at once. Null: no limit.</summary>
    [Range(1, 1_000_000)]
    public int? MaxConcurrentConnections { get; set; }
}
