namespace Backpack.Catalog.Api.Features.Pricing;

/// <summary>The Incoterms 2020 rules the supplier trades on; they decide who pays freight, insurance and duty.</summary>
public static class Incoterms
{
    public static readonly IReadOnlyList<string> All = ["EXW", "FOB", "CIF", "DAP", "DDP"];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    public static string Describe() => string.Join(", ", All);
}
