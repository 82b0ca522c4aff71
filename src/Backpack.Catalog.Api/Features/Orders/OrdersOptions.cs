using System.ComponentModel.DataAnnotations;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>Bound from the <c>Orders</c> configuration section.</summary>
public sealed class OrdersOptions
{
    public const string Section = "Orders";

    /// <summary>How long an Idempotency-Key and its stored answer are kept; a retry after that places a new order.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a retry waits for the first request with its key to finish before answering 409.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan InFlightWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A key left in flight longer than this belongs to a request that died; the next retry takes it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan AbandonedAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a quote's prices and exchange rate are held for an order that names its quoteId.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan QuoteValidity { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often expired idempotency keys and quotes are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
