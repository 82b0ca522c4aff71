namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>One design of a customised order: the artwork the distributor sent for it and where its approval stands.</summary>
public sealed class DesignRow
{
    public string OrderId { get; set; } = "";
    public string Design { get; set; } = "";
    public string State { get; set; } = DesignStates.AwaitingArtwork;

    /// <summary>Comma-separated format codes: those every option the design is used with takes.</summary>
    public string AcceptedFormats { get; set; } = "";
    public string? ArtworkSha256 { get; set; }
    public string? ArtworkFormat { get; set; }
    public string? ArtworkFileName { get; set; }
    public long? ArtworkBytes { get; set; }
    public int ArtworkUploads { get; set; }
    public long? ArtworkUploadedAtMs { get; set; }
    public int? ApprovedRound { get; set; }
    public long? ApprovedAtMs { get; set; }

    public IReadOnlyList<FileFormat> Accepted => AcceptedFormats.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(FileFormats.ByCode).ToList();
}

/// <summary>One proof round of a design: the mock-up the supplier posted and the distributor's answer to it.</summary>
public sealed class ProofRow
{
    public string OrderId { get; set; } = "";
    public string Design { get; set; } = "";
    public int Round { get; set; }
    public string Sha256 { get; set; } = "";
    public string Format { get; set; } = "";
    public string? FileName { get; set; }
    public long Bytes { get; set; }
    public string? Note { get; set; }
    public long PostedAtMs { get; set; }
    public string? Decision { get; set; }
    public string? Comment { get; set; }
    public long? DecidedAtMs { get; set; }
}
