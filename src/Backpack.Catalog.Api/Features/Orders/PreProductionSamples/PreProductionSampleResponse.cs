using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Orders.PreProductionSamples;

/// <summary>The pre-production sample a customised order asked for: a bag sewn with the customisation on it, which production waits for.</summary>
/// <param name="State">awaiting_artwork, awaiting_dispatch, awaiting_approval, changes_requested or approved.</param>
/// <param name="WaitingFor">What the sample waits for, in words.</param>
/// <param name="LeadTimeDays">Days to make it once the artwork is approved: the SKU's sample lead time plus the customisation's extra days,
/// for the slowest customised line. The customised lines' dates include them and move when the sample is approved later.</param>
/// <param name="Rounds">Each sample sent, oldest first.</param>
/// <param name="GoldenSample">The approved sample, which production is held to; null until one is approved.</param>
public sealed record PreProductionSampleResponse(
    [property: OneOf(typeof(SampleStates), nameof(SampleStates.All))] string State,
    [property: MaxLength(80)] string WaitingFor,
    [property: Range(1, 200)] int LeadTimeDays,
    [property: MaxLength(SampleLimits.MaxRounds)] IReadOnlyList<SampleRoundResponse> Rounds,
    GoldenSampleResponse? GoldenSample)
{
    public static PreProductionSampleResponse Example => new(SampleStates.AwaitingApproval, SampleStates.WaitingFor(SampleStates.AwaitingApproval), 14,
        [new SampleRoundResponse(1, "PPS-0117-1", "DHL Express", "1234567890", "Embroidered with 3 thread colours, Pantone 286 C.",
            DocumentExamples.PlacedAt.AddDays(16), null, null, null)], null);
}

/// <param name="Round">1 for the first sample, one more for each after it.</param>
/// <param name="Reference">The supplier's reference for the sample, as labelled on it.</param>
/// <param name="Carrier">The courier it was sent with.</param>
/// <param name="TrackingNumber">The courier's tracking number.</param>
/// <param name="Note">What the supplier said of it.</param>
/// <param name="Decision">approved or changes_requested; null until answered.</param>
/// <param name="Comment">The changes asked for.</param>
public sealed record SampleRoundResponse(
    [property: Range(1, SampleLimits.MaxRounds)] int Round,
    [property: MaxLength(SampleLimits.MaxReferenceLength), RegularExpression(SampleLimits.ReferencePattern)] string Reference,
    [property: MaxLength(SampleLimits.MaxCarrierLength)] string? Carrier,
    [property: MaxLength(SampleLimits.MaxTrackingNumberLength), RegularExpression(SampleLimits.TrackingNumberPattern)] string? TrackingNumber,
    [property: MaxLength(SampleLimits.MaxNoteLength)] string? Note,
    DateTime DispatchedAt,
    [property: OneOf(typeof(ProofDecisions), nameof(ProofDecisions.All))] string? Decision,
    [property: MaxLength(ArtworkLimits.MaxCommentLength)] string? Comment,
    DateTime? DecidedAt);

/// <param name="Reference">The approved sample's reference: the standard the bulk production is inspected against.</param>
/// <param name="Round">The round that was approved.</param>
public sealed record GoldenSampleResponse(
    [property: MaxLength(SampleLimits.MaxReferenceLength), RegularExpression(SampleLimits.ReferencePattern)] string Reference,
    [property: Range(1, SampleLimits.MaxRounds)] int Round,
    DateTime ApprovedAt);

public static class SampleMapping
{
    public static PreProductionSampleResponse? ToResponse(OrderRow order, IReadOnlyList<SampleRoundRow> rounds)
    {
        if (order.PreProductionSampleDays is not { } days)
        {
            return null;
        }

        var state = SampleStates.Of(order, rounds);
        var approved = rounds.FirstOrDefault(r => r.Decision == ProofDecisions.Approved);
        return new PreProductionSampleResponse(state, SampleStates.WaitingFor(state), days,
            rounds.Select(r => new SampleRoundResponse(r.Round, r.Reference, r.Carrier, r.TrackingNumber, r.Note, At(r.DispatchedAtMs), r.Decision, r.Comment,
                r.DecidedAtMs is { } decided ? At(decided) : null)).ToList(),
            approved is null ? null : new GoldenSampleResponse(approved.Reference, approved.Round, At(approved.DecidedAtMs!.Value)));
    }

    private static DateTime At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}
