using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Infrastructure.Delivery;

namespace Backpack.Catalog.Api.Integrations.Webhooks;

/// <summary>Bound from the <c>Webhooks</c> configuration section; api-docs/webhooks.md explains the schedule these settings make.</summary>
public sealed class WebhooksOptions : DispatchOptions
{
    public const string Section = "Webhooks";

    public WebhooksOptions()
    {
        LeaseDuration = TimeSpan.FromMinutes(1);
        MaxAttempts = 12;
        BackoffFirst = TimeSpan.FromSeconds(10);
        BackoffMax = TimeSpan.FromHours(1);
    }

    /// <summary>Endpoints one distributor may have registered at a time.</summary>
    public const int MaxEndpointsPerDistributor = 5;

    /// <summary>Whether this instance delivers queued events; events are queued either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Lets endpoints use plain http (local development and tests); https is required otherwise.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>How long one attempt waits for the receiver's answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    protected override TimeSpan LongestAttempt => AttemptTimeout;
}
