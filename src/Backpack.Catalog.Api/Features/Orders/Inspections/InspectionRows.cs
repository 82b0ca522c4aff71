namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>The inspection an order ordered, as priced at placement (stored as JSON on the order).</summary>
public sealed record OrderedInspection(string Agency, string Level, decimal MajorAql, decimal MinorAql, long FeeUsdCents, long FeeMinor);

/// <summary>One inspection of the goods, as the admin recorded it, and what the distributor said of a failure.</summary>
public sealed class InspectionRoundRow
{
    public string OrderId { get; set; } = "";
    public int Round { get; set; }
    public string InspectedOn { get; set; } = "";
    public string Result { get; set; } = "";
    public int CriticalDefects { get; set; }
    public int MajorDefects { get; set; }
    public int MinorDefects { get; set; }
    public string? Note { get; set; }
    public long RecordedAtMs { get; set; }
    public string? ReportSha256 { get; set; }
    public string? ReportFormat { get; set; }
    public string? ReportFileName { get; set; }
    public long? ReportBytes { get; set; }
    public int ReportUploads { get; set; }
    public string? Decision { get; set; }
    public string? Comment { get; set; }
    public long? DecidedAtMs { get; set; }
}
