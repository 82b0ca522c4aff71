using System.Collections.Frozen;

namespace Backpack.Catalog.Api.Features.Customization;

/// <summary>The closed sets customisation options are described with: methods, where each may go, and the artwork formats taken.</summary>
public static class CustomizationVocabulary
{
    public const string Embroidery = "embroidery";
    public const string ScreenPrint = "screen-print";
    public const string HeatTransfer = "heat-transfer";
    public const string Debossing = "debossing";
    public const string WovenLabel = "woven-label";
    public const string PrintedLining = "printed-lining";
    public const string CustomHangtag = "custom-hangtag";
    public const string CustomPackaging = "custom-packaging";

    /// <summary>Reflective tape keeps its retro-reflection only uncovered, so children's bags take no transfer on it.</summary>
    public const string ReflectiveStrip = "reflective-strip";

    /// <summary>The family whose bags must keep their reflective parts uncovered.</summary>
    public const string KidsFamily = "kids";

    /// <summary>The family a debossing plate can mark: only leather takes an impression.</summary>
    public const string LeatherFamily = "leather";

    public const string PerDesign = "design";
    public const string PerColour = "colour";

    public static readonly IReadOnlyList<string> SetupFeeBases = [PerDesign, PerColour];

    /// <summary>Each method and the placements it can physically reach.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> PlacementsByMethod = new Dictionary<string, FrozenSet<string>>
    {
        [Embroidery] = Set("front-panel", "front-pocket", "flap", "side-panel", "shoulder-strap", "back-panel"),
        [ScreenPrint] = Set("front-panel", "front-pocket", "flap", "side-panel", "back-panel"),
        [HeatTransfer] = Set("front-panel", "front-pocket", "flap", "side-panel", "shoulder-strap", "back-panel", ReflectiveStrip),
        [Debossing] = Set("front-panel", "front-pocket", "flap"),
        [WovenLabel] = Set("inside-label"),
        [PrintedLining] = Set("lining"),
        [CustomHangtag] = Set("hangtag"),
        [CustomPackaging] = Set("polybag", "gift-box"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> Methods = [.. PlacementsByMethod.Keys.Order(StringComparer.Ordinal)];

    public static readonly IReadOnlyList<string> Placements =
        [.. PlacementsByMethod.Values.SelectMany(p => p).Distinct().Order(StringComparer.Ordinal)];

    public static readonly IReadOnlyList<string> ArtworkFormats = ["ai", "eps", "pdf", "png", "svg"];

    private static FrozenSet<string> Set(params string[] keys) => keys.ToFrozenSet(StringComparer.Ordinal);
}
