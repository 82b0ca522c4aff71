namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>How goods travel to the named place: sea less-than-container or full container, air freight, or express courier.</summary>
public static class ShippingModes
{
    public const string SeaLcl = "sea-lcl";
    public const string SeaFcl = "sea-fcl";
    public const string Air = "air";
    public const string Courier = "courier";

    public static readonly IReadOnlyList<string> All = [SeaLcl, SeaFcl, Air, Courier];

    public static readonly IReadOnlyList<string> Sea = [SeaLcl, SeaFcl];

    public static bool IsSea(string mode) => mode is SeaLcl or SeaFcl;

    public static string Describe() => string.Join(", ", All);
}
