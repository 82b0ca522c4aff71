using System.Collections.Frozen;

namespace Backpack.Catalog.Api.Features.Catalogue;

/// <summary>
/// The closed sets of keys the catalogue is described with. Filters accept exactly these
/// (anything else is a 400 naming the parameter), and the seed and admin writes are held to them.
/// </summary>
public static class CatalogueVocabulary
{
    public static readonly FrozenSet<string> Categories = Set(
        "classic", "hike-daypack", "leather", "eco", "kids", "tactical");

    public static readonly FrozenSet<string> Materials = Set(
        "nylon", "ripstop-nylon", "polyester", "cordura-nylon", "full-grain-leather", "top-grain-leather",
        "genuine-leather", "pu-leather", "rpet", "organic-cotton-canvas", "plant-based-leather");

    public static readonly FrozenSet<string> Features = Set(
        "laptop-sleeve", "tablet-sleeve", "rfid-pocket", "usb-port", "reflective-strips", "molle",
        "anti-theft-zips", "padded-back", "water-resistant", "hidden-pocket", "bottle-pocket", "chest-strap");

    public static readonly FrozenSet<string> Certifications = Set(
        "REACH", "CPSIA", "EN71", "OEKO-TEX-100", "GRS", "GOTS", "LWG", "ISO-9001", "BSCI", "SASO", "SONCAP", "PVOC");

    public static string Describe(FrozenSet<string> set) => string.Join(", ", set.Order(StringComparer.Ordinal));

    private static FrozenSet<string> Set(params string[] keys) => keys.ToFrozenSet(StringComparer.Ordinal);
}
