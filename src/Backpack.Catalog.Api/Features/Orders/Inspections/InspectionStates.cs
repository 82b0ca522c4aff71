namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>
/// Where an ordered inspection stands: awaiting_inspection → passed, or → failed → (the distributor) accepted_with_concession, or
/// rework → (inspected again) … Shipping waits until it is passed or a failure is accepted with a concession.
/// </summary>
public static class InspectionStates
{
    public const string AwaitingInspection = "awaiting_inspection";
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string AcceptedWithConcession = "accepted_with_concession";
    public const string Rework = "rework";

    public static readonly IReadOnlyList<string> All = [AwaitingInspection, Passed, Failed, AcceptedWithConcession, Rework];

    public const int MaxRounds = 5;

    /// <summary>A report may be replaced, a wrong file say, but not without end: each upload is an entry in the order's history.</summary>
    public const int MaxReportUploads = 3;

    public static string Of(IReadOnlyList<InspectionRoundRow> rounds) => rounds.Count == 0 ? AwaitingInspection : rounds[^1] switch
    {
        { Result: InspectionResults.Pass } => Passed,
        { Decision: InspectionResults.Concession } => AcceptedWithConcession,
        { Decision: InspectionResults.Rework } => Rework,
        _ => Failed,
    };

    public static bool LetsShip(string state) => state is Passed or AcceptedWithConcession;

    /// <summary>When the admin may record an inspection: none yet, or the goods were reworked after a failure.</summary>
    public static bool TakesInspection(string state) => state is AwaitingInspection or Rework;

    public static string WaitingFor(string state) => state switch
    {
        AwaitingInspection => "the inspection",
        Failed => "the distributor's answer to the failed inspection: a concession, or rework",
        Rework => "the inspection of the reworked goods",
        _ => "nothing",
    };

    /// <summary>The order statuses an inspection happens in: once the goods are being made, before they ship.</summary>
    public static bool OrderTakesSteps(string status) => status is OrderStatus.Confirmed or OrderStatus.InProduction or OrderStatus.ReadyToShip;
}
