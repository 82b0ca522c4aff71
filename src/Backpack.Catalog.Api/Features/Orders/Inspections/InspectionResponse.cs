using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>The final inspection the order ordered, its fee, and each inspection of the goods.</summary>
/// <param name="Fee">The agency's fee as priced at placement (a demo figure), part of the order total.</param>
/// <param name="State">awaiting_inspection, passed, failed, accepted_with_concession or rework; shipping waits for passed or accepted_with_concession.</param>
/// <param name="WaitingFor">What the inspection waits for, in words.</param>
public sealed record InspectionResponse(
    [property: OneOf(typeof(InspectionTerms), nameof(InspectionTerms.Agencies))] string Agency,
    [property: OneOf(typeof(InspectionTerms), nameof(InspectionTerms.Levels))] string Level,
    [property: Range(0.65, 6.5)] decimal MajorAql,
    [property: Range(0.65, 6.5)] decimal MinorAql,
    Money Fee,
    [property: OneOf(typeof(InspectionStates), nameof(InspectionStates.All))] string State,
    [property: MaxLength(80)] string WaitingFor,
    [property: MaxLength(InspectionStates.MaxRounds)] IReadOnlyList<InspectionRoundResponse> Rounds);

/// <param name="InspectedOn">The day the inspector was at the factory (UTC date).</param>
/// <param name="Result">pass or fail.</param>
/// <param name="CriticalDefects">Defects found that make a bag unsafe or unusable; any one fails the lot.</param>
/// <param name="Report">The inspector's report; null until the admin uploads it.</param>
/// <param name="Decision">For a failure: concession (accepted as is) or rework; null until the distributor answers.</param>
public sealed record InspectionRoundResponse(
    [property: Range(1, InspectionStates.MaxRounds)] int Round,
    DateOnly InspectedOn,
    [property: OneOf(typeof(InspectionResults), nameof(InspectionResults.All))] string Result,
    [property: Range(0, InspectionLimits.MaxDefects)] int CriticalDefects,
    [property: Range(0, InspectionLimits.MaxDefects)] int MajorDefects,
    [property: Range(0, InspectionLimits.MaxDefects)] int MinorDefects,
    [property: MaxLength(InspectionLimits.MaxNoteLength)] string? Note,
    InspectionReportResponse? Report,
    [property: OneOf(typeof(InspectionResults), nameof(InspectionResults.Decisions))] string? Decision,
    [property: MaxLength(ArtworkLimits.MaxCommentLength)] string? Comment,
    DateTime? DecidedAt);

/// <param name="Href">Where distributor and admin download it.</param>
public sealed record InspectionReportResponse(
    [property: OneOf(typeof(FileFormats), nameof(FileFormats.Codes))] string Format,
    [property: Range(1, ArtworkLimits.MaxFileBytes)] long Bytes,
    [property: RegularExpression("^[0-9a-f]{64}$"), MaxLength(64)] string Sha256,
    [property: MaxLength(ArtworkLimits.MaxFileNameLength)] string? FileName,
    [property: MaxLength(120)] string Href);

public static class InspectionLimits
{
    public const int MaxDefects = 100_000;
    public const int MaxNoteLength = 500;
}

public static class InspectionMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OrderedInspection? OrderedOf(OrderRow order) =>
        order.InspectionJson is { } json ? JsonSerializer.Deserialize<OrderedInspection>(json, Json) : null;

    public static string Store(OrderedInspection inspection) => JsonSerializer.Serialize(inspection, Json);

    public static string ReportHref(string orderId, int round) => $"/v1/orders/{orderId}/inspections/{round}/report";

    public static InspectionResponse? ToResponse(OrderRow order, IReadOnlyList<InspectionRoundRow> rounds)
    {
        if (OrderedOf(order) is not { } ordered)
        {
            return null;
        }

        var state = InspectionStates.Of(rounds);
        return new InspectionResponse(ordered.Agency, ordered.Level, ordered.MajorAql, ordered.MinorAql,
            Money.FromMinor(ordered.FeeMinor, Currencies.ByCode[order.Currency]), state, InspectionStates.WaitingFor(state),
            rounds.Select(r => new InspectionRoundResponse(r.Round, DateOnly.Parse(r.InspectedOn, CultureInfo.InvariantCulture), r.Result,
                r.CriticalDefects, r.MajorDefects, r.MinorDefects, r.Note,
                r.ReportSha256 is { } sha ? new InspectionReportResponse(r.ReportFormat!, r.ReportBytes!.Value, sha, r.ReportFileName, ReportHref(order.OrderId, r.Round)) : null,
                r.Decision, r.Comment, r.DecidedAtMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime : null)).ToList());
    }
}
