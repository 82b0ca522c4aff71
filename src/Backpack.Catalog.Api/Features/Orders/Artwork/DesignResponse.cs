using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Features.Pricing;
using Backpack.Catalog.Api.Infrastructure.OpenApi;

namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>A design of a customised order and where its approval stands.</summary>
/// <param name="Design">The design reference the order's lines name.</param>
/// <param name="State">awaiting_artwork, awaiting_proof, proof_sent, changes_requested or approved.</param>
/// <param name="WaitingFor">What the design waits for, in words.</param>
/// <param name="Options">The customisation options the design is used with.</param>
/// <param name="AcceptedFormats">The artwork formats every one of those options takes; the upload's content must be one of them.</param>
/// <param name="Artwork">The artwork last uploaded; null until there is one.</param>
/// <param name="Proofs">Every proof round, oldest first.</param>
/// <param name="ApprovedRound">The proof round approved; null until one is.</param>
public sealed record DesignResponse(
    [property: MaxLength(LineCustomizationRequest.MaxDesignLength)] string Design,
    [property: OneOf(typeof(DesignStates), nameof(DesignStates.All))] string State,
    [property: MaxLength(80)] string WaitingFor,
    [property: MaxLength(LineCustomizationRequest.MaxPerLine * LineItemRules.MaxLines), MaxItemLength(CustomizationOptionRules.MaxIdLength)] IReadOnlyList<string> Options,
    [property: OneOf(typeof(FileFormats), nameof(FileFormats.Codes))] IReadOnlyList<string> AcceptedFormats,
    ArtworkFileResponse? Artwork,
    [property: MaxLength(ArtworkLimits.MaxProofRounds)] IReadOnlyList<ProofResponse> Proofs,
    [property: Range(1, ArtworkLimits.MaxProofRounds)] int? ApprovedRound,
    DateTime? ApprovedAt)
{
    private const string ExampleSha256 = "3f9a1c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d";

    public static DesignResponse Example => new(
        "NAIROBI-LOGO-1", DesignStates.ProofSent, DesignStates.WaitingFor(DesignStates.ProofSent), ["logo-embroidery-5k"], ["pdf", "svg", "ai", "eps", "png"],
        new ArtworkFileResponse("nairobi-logo.svg", "svg", "image/svg+xml", 18_204, ExampleSha256, DocumentExamples.PlacedAt.AddHours(2), 1,
            DesignMapping.ArtworkHref(DocumentExamples.OrderId, "NAIROBI-LOGO-1")),
        [new ProofResponse(1, "png", "image/png", 412_877, "9c2e4a6b8d0f1e3a5c7b9d1f3e5a7c9b1d3f5e7a9c1b3d5f7e9a1c3b5d7f9e1a", "mockup-1.png",
            "Logo centred on the front panel, 3 thread colours.", DocumentExamples.PlacedAt.AddDays(1), null, null, null,
            DesignMapping.ProofHref(DocumentExamples.OrderId, "NAIROBI-LOGO-1", 1))],
        null, null);
}

/// <param name="FileName">The name the file was uploaded under (informational: the type is checked by content).</param>
/// <param name="Format">The type its content shows.</param>
/// <param name="Sha256">The SHA-256 of the content, lowercase hex; also the file's ETag when downloaded.</param>
/// <param name="Uploads">How many times artwork has been uploaded for the design (at most 10).</param>
/// <param name="Href">Where to download it.</param>
public sealed record ArtworkFileResponse(
    [property: MaxLength(ArtworkLimits.MaxFileNameLength)] string? FileName,
    [property: OneOf(typeof(FileFormats), nameof(FileFormats.Codes))] string Format,
    [property: MaxLength(40)] string MediaType,
    [property: Range(1, ArtworkLimits.MaxFileBytes)] long Bytes,
    [property: RegularExpression("^[0-9a-f]{64}$"), MaxLength(64)] string Sha256,
    DateTime UploadedAt,
    [property: Range(1, ArtworkLimits.MaxUploadsPerDesign)] int Uploads,
    [property: MaxLength(200)] string Href);

/// <param name="Round">1 for the first proof, and one more for each proof after changes were asked for.</param>
/// <param name="Note">What the supplier said with the proof.</param>
/// <param name="Decision">approved or changes_requested; null while the proof waits for an answer.</param>
/// <param name="Comment">The changes the distributor asked for.</param>
/// <param name="Href">Where to download the proof.</param>
public sealed record ProofResponse(
    [property: Range(1, ArtworkLimits.MaxProofRounds)] int Round,
    [property: OneOf(typeof(FileFormats), nameof(FileFormats.Codes))] string Format,
    [property: MaxLength(40)] string MediaType,
    [property: Range(1, ArtworkLimits.MaxFileBytes)] long Bytes,
    [property: RegularExpression("^[0-9a-f]{64}$"), MaxLength(64)] string Sha256,
    [property: MaxLength(ArtworkLimits.MaxFileNameLength)] string? FileName,
    [property: MaxLength(ArtworkLimits.MaxNoteLength)] string? Note,
    DateTime PostedAt,
    [property: OneOf(typeof(ProofDecisions), nameof(ProofDecisions.All))] string? Decision,
    [property: MaxLength(ArtworkLimits.MaxCommentLength)] string? Comment,
    DateTime? DecidedAt,
    [property: MaxLength(200)] string Href);

public static class DesignMapping
{
    public static List<DesignResponse> ToResponses(string orderId, IEnumerable<DesignRow> designs, IEnumerable<ProofRow> proofs, IEnumerable<OrderLineRow> lines)
    {
        var optionsByDesign = lines
            .SelectMany(l => OrderCustomizations.Load<OrderLineCustomization>(l.CustomizationsJson))
            .GroupBy(c => c.Design, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Option).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var proofsByDesign = proofs.GroupBy(p => p.Design, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Round).ToList(), StringComparer.Ordinal);
        return designs.OrderBy(d => d.Design, StringComparer.Ordinal)
            .Select(d => ToResponse(orderId, d, proofsByDesign.GetValueOrDefault(d.Design) ?? [], optionsByDesign.GetValueOrDefault(d.Design) ?? []))
            .ToList();
    }

    public static DesignResponse ToResponse(string orderId, DesignRow design, IReadOnlyList<ProofRow> proofs, IReadOnlyList<string> options) => new(
        design.Design,
        design.State,
        DesignStates.WaitingFor(design.State),
        options,
        design.Accepted.Select(f => f.Code).ToList(),
        design.ArtworkSha256 is { } sha
            ? new ArtworkFileResponse(design.ArtworkFileName, design.ArtworkFormat!, FileFormats.ByCode(design.ArtworkFormat!).MediaType, design.ArtworkBytes!.Value,
                sha, At(design.ArtworkUploadedAtMs!.Value), design.ArtworkUploads, ArtworkHref(orderId, design.Design))
            : null,
        proofs.Select(p => new ProofResponse(p.Round, p.Format, FileFormats.ByCode(p.Format).MediaType, p.Bytes, p.Sha256, p.FileName, p.Note, At(p.PostedAtMs),
            p.Decision, p.Comment, p.DecidedAtMs is { } decided ? At(decided) : null, ProofHref(orderId, design.Design, p.Round))).ToList(),
        design.ApprovedRound,
        design.ApprovedAtMs is { } approved ? At(approved) : null);

    public static string ArtworkHref(string orderId, string design) => $"/v1/orders/{orderId}/designs/{design}/artwork";

    public static string ProofHref(string orderId, string design, int round) => $"/v1/orders/{orderId}/designs/{design}/proofs/{round}";

    private static DateTime At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}
