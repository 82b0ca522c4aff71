namespace Backpack.Catalog.Api.Features.Orders.Artwork;

/// <summary>
/// Where a design stands: awaiting_artwork → (artwork uploaded) awaiting_proof → (proof posted) proof_sent → approved, or
/// → changes_requested → (new artwork or a new proof) … until a round is approved. The order leaves awaiting_artwork when every
/// design is approved.
/// </summary>
public static class DesignStates
{
    public const string AwaitingArtwork = "awaiting_artwork";
    public const string AwaitingProof = "awaiting_proof";
    public const string ProofSent = "proof_sent";
    public const string ChangesRequested = "changes_requested";
    public const string Approved = "approved";

    public static readonly IReadOnlyList<string> All = [AwaitingArtwork, AwaitingProof, ProofSent, ChangesRequested, Approved];

    /// <summary>When the distributor may send (or replace) a design's artwork.</summary>
    public static bool TakesArtwork(string state) => state is AwaitingArtwork or AwaitingProof or ChangesRequested;

    /// <summary>When the supplier may post a proof: there is artwork, and no proof is waiting for an answer.</summary>
    public static bool TakesProof(string state) => state is AwaitingProof or ChangesRequested;

    /// <summary>What each state waits for, for the answers that say what is missing.</summary>
    public static string WaitingFor(string state) => state switch
    {
        AwaitingArtwork => "the distributor's artwork",
        AwaitingProof => "the supplier's proof",
        ProofSent => "the distributor's approval of the proof",
        ChangesRequested => "a new proof after the distributor asked for changes",
        _ => "nothing",
    };
}

/// <summary>The history steps that keep an order's status: artwork approval, pre-production samples, payments, inspections and shipments
/// (the history table's CHECK allows these).</summary>
public static class DesignSteps
{
    public const string ArtworkUploaded = "artwork_uploaded";
    public const string ProofPosted = "proof_posted";
    public const string ProofApproved = "proof_approved";
    public const string ChangesRequested = "changes_requested";
    public const string SampleDispatched = "sample_dispatched";
    public const string SampleApproved = "sample_approved";
    public const string SampleChangesRequested = "sample_changes_requested";
    public const string PaymentRecorded = "payment_recorded";
    public const string InspectionRecorded = "inspection_recorded";
    public const string InspectionReportUploaded = "inspection_report_uploaded";
    public const string InspectionConcession = "inspection_concession";
    public const string InspectionRework = "inspection_rework";
    public const string ShipmentBooked = "shipment_booked";
    public const string ShipmentDeparted = "shipment_departed";
    public const string ShipmentArrived = "shipment_arrived";
    public const string ShipmentDelivered = "shipment_delivered";
    public const string ShipmentCancelled = "shipment_cancelled";

    public static readonly IReadOnlyList<string> All =
    [
        ArtworkUploaded, ProofPosted, ProofApproved, ChangesRequested, SampleDispatched, SampleApproved, SampleChangesRequested, PaymentRecorded,
        InspectionRecorded, InspectionReportUploaded, InspectionConcession, InspectionRework,
        ShipmentBooked, ShipmentDeparted, ShipmentArrived, ShipmentDelivered, ShipmentCancelled,
    ];

    public static bool IsInspection(string? step) => step is InspectionRecorded or InspectionReportUploaded or InspectionConcession or InspectionRework;

    public static bool IsShipment(string? step) => step is ShipmentBooked or ShipmentDeparted or ShipmentArrived or ShipmentDelivered or ShipmentCancelled;
}

/// <summary>The distributor's answer to a proof.</summary>
public static class ProofDecisions
{
    public const string Approved = "approved";
    public const string ChangesRequested = "changes_requested";

    public static readonly IReadOnlyList<string> All = [Approved, ChangesRequested];
}

/// <summary>The bounds on artwork approval, which also bound an order's history.</summary>
public static class ArtworkLimits
{
    /// <summary>20 MiB.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    public const int MaxUploadsPerDesign = 10;
    public const int MaxProofRounds = 10;
    public const int MaxNoteLength = 500;
    public const int MaxCommentLength = 1000;
    public const int MaxFileNameLength = 200;
}
