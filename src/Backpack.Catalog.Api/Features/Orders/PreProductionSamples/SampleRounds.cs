using Backpack.Catalog.Api.Features.Orders.Artwork;

namespace Backpack.Catalog.Api.Features.Orders.PreProductionSamples;

/// <summary>One pre-production sample the supplier sent, and the distributor's answer to it.</summary>
public sealed class SampleRoundRow
{
    public string OrderId { get; set; } = "";
    public int Round { get; set; }
    public string Reference { get; set; } = "";
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public string? Note { get; set; }
    public long DispatchedAtMs { get; set; }
    public string? Decision { get; set; }
    public string? Comment { get; set; }
    public long? DecidedAtMs { get; set; }
}

/// <summary>
/// Where an order's pre-production sample stands: awaiting_artwork (every design must be approved first) → awaiting_dispatch → (the
/// supplier sends one) awaiting_approval → approved, or → changes_requested → (another is sent) awaiting_approval … until one is approved.
/// </summary>
public static class SampleStates
{
    public const string AwaitingArtwork = "awaiting_artwork";
    public const string AwaitingDispatch = "awaiting_dispatch";
    public const string AwaitingApproval = "awaiting_approval";
    public const string ChangesRequested = "changes_requested";
    public const string Approved = "approved";

    public static readonly IReadOnlyList<string> All = [AwaitingArtwork, AwaitingDispatch, AwaitingApproval, ChangesRequested, Approved];

    public static string Of(OrderRow order, IReadOnlyList<SampleRoundRow> rounds) => rounds.Count == 0
        ? order.Status == OrderStatus.AwaitingArtwork ? AwaitingArtwork : AwaitingDispatch
        : rounds[^1].Decision switch
        {
            ProofDecisions.Approved => Approved,
            ProofDecisions.ChangesRequested => ChangesRequested,
            _ => AwaitingApproval,
        };

    public static string WaitingFor(string state) => state switch
    {
        AwaitingArtwork => "every design's approval, then the supplier's sample",
        AwaitingDispatch => "the supplier to send the sample",
        AwaitingApproval => "the distributor's approval of the sample sent",
        ChangesRequested => "a new sample after the distributor asked for changes",
        _ => "nothing",
    };

    /// <summary>The order statuses a sample step may happen in: after artwork approval, before production.</summary>
    public static bool OrderTakesSteps(string status) => status is OrderStatus.Submitted or OrderStatus.Confirmed;
}

public static class SampleLimits
{
    public const int MaxRounds = 5;
    public const int MaxReferenceLength = 40;
    public const string ReferencePattern = "^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$";
    public const int MaxCarrierLength = 40;
    public const int MaxTrackingNumberLength = 40;
    public const string TrackingNumberPattern = "^[A-Za-z0-9-]{4,40}$";
    public const int MaxNoteLength = 500;
}
