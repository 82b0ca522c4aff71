using System.Text.RegularExpressions;
using Backpack.Catalog.Api.Features.Admin.Catalogue;
using Backpack.Catalog.Api.Features.Catalogue;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Admin.Customization;

/// <summary>The rules a customisation option keeps, for admin writes and the demo seed alike; each failure names its member.</summary>
public static class CustomizationOptionRules
{
    public const string IdPattern = "^(?=.{3,64}$)[a-z0-9]+(-[a-z0-9]+)*$";
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 100;
    public const int MaxColours = 12;
    public const int MinStitchCount = 500;
    public const int MaxStitchCount = 50_000;
    public const int MaxSizeMm = 1000;
    public const int MaxRungs = 10;
    public const decimal MaxSurchargeUsd = 1000m;
    public const decimal MaxSetupFeeUsd = 100_000m;
    public const int MaxExtraLeadDays = 120;
    public const int MaxSkus = 200;

    /// <summary>Options the catalogue may hold, so a product read lists a bounded number.</summary>
    public const int MaxOptions = 200;

    /// <summary>
    /// Checks the document. <paramref name="familyOfSku"/> gives the family of each SKU it names that is in the catalogue
    /// (a SKU missing from it is unknown).
    /// </summary>
    public static void Check(CustomizationOptionDocument option, IReadOnlyDictionary<string, string> familyOfSku, Action<string, string> fail)
    {
        if (option.Id is null || !Regex.IsMatch(option.Id, IdPattern))
        {
            fail("id", "id must be 3 to 64 lower-case letters, digits and single hyphens, e.g. logo-embroidery-5k.");
        }

        var method = option.Method is { } m && CustomizationVocabulary.PlacementsByMethod.ContainsKey(m) ? m : null;
        if (method is null)
        {
            fail("method", $"method must be one of: {string.Join(", ", CustomizationVocabulary.Methods)}.");
        }

        if (string.IsNullOrWhiteSpace(option.Name) || option.Name.Length > MaxNameLength)
        {
            fail("name", $"name is required, 1 to {MaxNameLength} characters.");
        }

        Features.Catalogue.Localization.TranslatedText.Check(option.NameTranslations, "nameTranslations", MaxNameLength, fail);

        CheckPlacements(option, method, familyOfSku, fail);
        CheckLimits(option, method, fail);
        CheckSurcharges(option.Surcharges, fail);
        if (option.SetupFeeUsd is not { } fee || fee < 0 || fee > MaxSetupFeeUsd || decimal.Round(fee, 2) != fee)
        {
            fail("setupFeeUsd", $"setupFeeUsd is required: 0 to {MaxSetupFeeUsd:0} USD with at most two decimals.");
        }

        if (option.SetupFeePer is { } per && !CustomizationVocabulary.SetupFeeBases.Contains(per))
        {
            fail("setupFeePer", "setupFeePer must be design or colour.");
        }
        else if (option.SetupFeePer == CustomizationVocabulary.PerColour && option.MaxColours is null)
        {
            fail("setupFeePer", "A setup fee per colour needs maxColours, so a design's fee is bounded.");
        }

        if (option.MoqPerDesign is not (>= 1 and <= CatalogueRules.MaxQuantity))
        {
            fail("moqPerDesign", $"moqPerDesign is required, 1 to {CatalogueRules.MaxQuantity:N0} units.");
        }

        if (option.ExtraLeadDays is not (>= 0 and <= MaxExtraLeadDays))
        {
            fail("extraLeadDays", $"extraLeadDays is required, 0 to {MaxExtraLeadDays} days.");
        }

        Keys(option.ArtworkFormats, "artworkFormats", CustomizationVocabulary.ArtworkFormats, required: true, fail);
        CheckAppliesTo(option, method, familyOfSku, fail);
    }

    public static CustomizationOption ToOption(string id, CustomizationOptionDocument d, int version) => new(
        id, d.Method!, d.Name!, d.Placements!, d.MaxColours, d.MaxStitchCount, d.MaxWidthMm, d.MaxHeightMm,
        d.Surcharges!.Select(s => new SurchargeBreak(s.MinQuantity!.Value, Money.ToCents(s.UnitSurchargeUsd!.Value))).ToList(),
        Money.ToCents(d.SetupFeeUsd!.Value), d.SetupFeePer ?? CustomizationVocabulary.PerDesign, d.MoqPerDesign!.Value, d.ExtraLeadDays!.Value,
        d.ArtworkFormats!, d.Families ?? [], d.Skus ?? [], version)
    {
        NameTranslations = Features.Catalogue.Localization.TranslatedText.Normalise(d.NameTranslations),
    };

    private static void CheckPlacements(
        CustomizationOptionDocument option, string? method, IReadOnlyDictionary<string, string> familyOfSku, Action<string, string> fail)
    {
        if (method is null)
        {
            return;
        }

        var reachable = CustomizationVocabulary.PlacementsByMethod[method];
        Keys(option.Placements, "placements", reachable.Order(StringComparer.Ordinal).ToList(), required: true, fail);
        var onKids = (option.Families?.Contains(CustomizationVocabulary.KidsFamily) ?? false) ||
            (option.Skus ?? []).Any(s => familyOfSku.GetValueOrDefault(s ?? "") == CustomizationVocabulary.KidsFamily);
        if (method == CustomizationVocabulary.HeatTransfer && onKids && (option.Placements?.Contains(CustomizationVocabulary.ReflectiveStrip) ?? false))
        {
            fail("placements", "Children's bags take no heat transfer on reflective parts: it covers the retro-reflective tape. " +
                "Leave reflective-strip out, or keep kids SKUs out of this option.");
        }
    }

    private static void CheckLimits(CustomizationOptionDocument option, string? method, Action<string, string> fail)
    {
        if (option.MaxColours is { } colours && colours is < 1 or > MaxColours)
        {
            fail("maxColours", $"maxColours must be 1 to {MaxColours}.");
        }
        else if (option.MaxColours is null && method == CustomizationVocabulary.ScreenPrint)
        {
            fail("maxColours", "maxColours is required for screen print: each colour is a screen.");
        }

        if (method == CustomizationVocabulary.Embroidery && option.MaxStitchCount is null)
        {
            fail("maxStitchCount", "maxStitchCount is required for embroidery: it is priced by stitch-count band.");
        }
        else if (method is not null && method != CustomizationVocabulary.Embroidery && option.MaxStitchCount is not null)
        {
            fail("maxStitchCount", $"maxStitchCount is for embroidery only; leave it out for {method}.");
        }
        else if (option.MaxStitchCount is { } stitches && stitches is < MinStitchCount or > MaxStitchCount)
        {
            fail("maxStitchCount", $"maxStitchCount must be {MinStitchCount:N0} to {MaxStitchCount:N0}.");
        }

        foreach (var (size, name) in new[] { (option.MaxWidthMm, "maxWidthMm"), (option.MaxHeightMm, "maxHeightMm") })
        {
            if (size is < 1 or > MaxSizeMm)
            {
                fail(name, $"{name} must be 1 to {MaxSizeMm} mm.");
            }
        }
    }

    private static void CheckSurcharges(IReadOnlyList<SurchargeRungDocument?>? rungs, Action<string, string> fail)
    {
        if (rungs is not { Count: >= 1 and <= MaxRungs })
        {
            fail("surcharges", $"surcharges needs 1 to {MaxRungs} rungs, ascending in minQuantity.");
            return;
        }

        SurchargeRungDocument? previous = null;
        for (var i = 0; i < rungs.Count; i++)
        {
            var at = $"surcharges[{i}].";
            if (rungs[i] is not { } rung)
            {
                fail($"surcharges[{i}]", "Each rung must be an object with minQuantity and unitSurchargeUsd.");
                continue;
            }

            if (rung.MinQuantity is not (>= 1 and <= CatalogueRules.MaxQuantity))
            {
                fail(at + "minQuantity", $"minQuantity is required, 1 to {CatalogueRules.MaxQuantity:N0}.");
            }
            else if (previous?.MinQuantity is { } before && rung.MinQuantity <= before)
            {
                fail(at + "minQuantity", $"Rungs must ascend: {rung.MinQuantity} does not come after the previous rung of {before}.");
            }

            if (rung.UnitSurchargeUsd is not { } surcharge || surcharge < 0 || surcharge > MaxSurchargeUsd || decimal.Round(surcharge, 2) != surcharge)
            {
                fail(at + "unitSurchargeUsd", $"unitSurchargeUsd is required: 0 to {MaxSurchargeUsd:0} USD with at most two decimals.");
            }
            else if (previous?.UnitSurchargeUsd is { } higher && surcharge > higher)
            {
                fail(at + "unitSurchargeUsd", $"Surcharges never rise with quantity: {surcharge} is above the previous rung's {higher}.");
            }

            previous = rung;
        }
    }

    private static void CheckAppliesTo(
        CustomizationOptionDocument option, string? method, IReadOnlyDictionary<string, string> familyOfSku, Action<string, string> fail)
    {
        Keys(option.Families, "families", CatalogueVocabulary.Categories.Order(StringComparer.Ordinal).ToList(), required: false, fail);
        var skus = option.Skus ?? [];
        if (skus.Count > MaxSkus)
        {
            fail("skus", $"skus names at most {MaxSkus} SKUs; give the family instead.");
        }

        for (var i = 0; i < skus.Count && i < MaxSkus; i++)
        {
            if (skus[i] is not { } sku || !familyOfSku.TryGetValue(sku, out var family))
            {
                fail($"skus[{i}]", $"No SKU '{skus[i]}' is in the catalogue.");
            }
            else if (skus.Take(i).Contains(sku))
            {
                fail($"skus[{i}]", $"{sku} is named twice.");
            }
            else if (method == CustomizationVocabulary.Debossing && family != CustomizationVocabulary.LeatherFamily)
            {
                fail($"skus[{i}]", $"Debossing presses a plate into leather; {sku} is a {family} bag.");
            }
        }

        if ((option.Families?.Count ?? 0) == 0 && skus.Count == 0)
        {
            fail("families", "Name the families or the SKUs the option applies to (at least one of families and skus).");
        }

        if (method == CustomizationVocabulary.Debossing && option.Families?.Any(f => f != CustomizationVocabulary.LeatherFamily) == true)
        {
            fail("families", "Debossing presses a plate into leather: its only family can be leather.");
        }
    }

    /// <summary>A list of keys from a vocabulary, each at most once.</summary>
    private static void Keys(IReadOnlyList<string?>? keys, string member, IReadOnlyList<string> allowed, bool required, Action<string, string> fail)
    {
        if (keys is null || keys.Count == 0)
        {
            if (required)
            {
                fail(member, $"{member} needs at least one of: {string.Join(", ", allowed)}.");
            }

            return;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] is not { } key || !allowed.Contains(key))
            {
                fail($"{member}[{i}]", $"'{keys[i]}' is not one of: {string.Join(", ", allowed)}.");
            }
            else if (keys.Take(i).Contains(key))
            {
                fail($"{member}[{i}]", $"{key} is named twice.");
            }
        }
    }
}
