namespace Backpack.Catalog.Api.Features.Customization;

/// <summary>A rung of an option's surcharge ladder: from this many units of a line, each unit costs this much more (USD cents).</summary>
public sealed record SurchargeBreak(int MinQuantity, long UnitSurchargeCents);

/// <summary>
/// Something a buyer may add to a SKU, as stored: a method at one of its placements, within its limits, priced per unit by
/// the ladder plus a one-time setup fee per design (or per colour of a design), with its own MOQ per design and the days it adds.
/// It applies to every SKU of its families and to the SKUs it names.
/// </summary>
public sealed record CustomizationOption(
    string Id,
    string Method,
    string Name,
    IReadOnlyList<string> Placements,
    int? MaxColours,
    int? MaxStitchCount,
    int? MaxWidthMm,
    int? MaxHeightMm,
    IReadOnlyList<SurchargeBreak> Surcharges,
    long SetupFeeCents,
    string SetupFeePer,
    int MoqPerDesign,
    int ExtraLeadDays,
    IReadOnlyList<string> ArtworkFormats,
    IReadOnlyList<string> Families,
    IReadOnlyList<string> Skus,
    int Version)
{
    /// <summary>The name in de, fr, pt-BR and ar, where it has been translated.</summary>
    public Catalogue.Localization.TranslatedText? NameTranslations { get; init; }

    /// <summary>The name buyers see in <paramref name="language"/>: its translation, or the English name.</summary>
    public string NameIn(string language) => NameTranslations?.In(language) ?? Name;

    public bool AppliesTo(string family, string sku) => Families.Contains(family, StringComparer.Ordinal) || Skus.Contains(sku, StringComparer.Ordinal);

    /// <summary>The surcharge per unit at a line's quantity: the highest rung at or below it, the first rung below that.</summary>
    public long UnitSurchargeCentsAt(int quantity) =>
        Surcharges.LastOrDefault(s => s.MinQuantity <= quantity)?.UnitSurchargeCents ?? Surcharges[0].UnitSurchargeCents;

    /// <summary>The one-time fee for a design: per design, or per colour of it (one screen per colour).</summary>
    public long SetupFeeCentsFor(int colours) => SetupFeePer == CustomizationVocabulary.PerColour ? SetupFeeCents * colours : SetupFeeCents;
}
