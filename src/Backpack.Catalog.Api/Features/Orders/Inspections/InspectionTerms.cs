using System.Globalization;

namespace Backpack.Catalog.Api.Features.Orders.Inspections;

/// <summary>
/// A final random inspection as ISO 2859-1 (AQL) describes it: who inspects, the general inspection level, and the acceptable quality
/// limits for major and minor defects (critical defects are never accepted). The agencies' fees are demo figures.
/// </summary>
public static class InspectionTerms
{
    public static readonly IReadOnlyList<string> Agencies = ["in-house", "sgs", "intertek", "bureau-veritas", "qima"];

    public static readonly IReadOnlyList<string> Levels = ["general-i", "general-ii", "general-iii"];

    /// <summary>The AQL values buyers of bags use, from the ISO 2859-1 table.</summary>
    public static readonly IReadOnlyList<decimal> AqlValues = [0.65m, 1.0m, 1.5m, 2.5m, 4.0m, 6.5m];

    public const string DefaultLevel = "general-ii";
    public const decimal DefaultMajorAql = 2.5m;
    public const decimal DefaultMinorAql = 4.0m;

    /// <summary>Demo fees per inspection (one inspector-day at the factory), USD cents, as of the date below; not an agency's quotation.</summary>
    public static readonly IReadOnlyDictionary<string, long> FeeUsdCents = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["in-house"] = 0, ["sgs"] = 31_800, ["intertek"] = 29_800, ["bureau-veritas"] = 32_500, ["qima"] = 29_900,
    };

    public const string FeeSource = "Demo inspection fee seeded for the sample catalogue (one inspector-day), not an agency's quotation; as of 2026-10-01";

    public static string DescribeAql => string.Join(", ", AqlValues.Select(v => v.ToString("0.0#", CultureInfo.InvariantCulture)));
}

/// <summary>What the inspector found, and what the distributor said of a failed one.</summary>
public static class InspectionResults
{
    public const string Pass = "pass";
    public const string Fail = "fail";

    public static readonly IReadOnlyList<string> All = [Pass, Fail];

    public const string Concession = "concession";
    public const string Rework = "rework";

    public static readonly IReadOnlyList<string> Decisions = [Concession, Rework];
}
