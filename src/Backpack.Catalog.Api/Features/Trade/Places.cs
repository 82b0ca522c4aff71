namespace Backpack.Catalog.Api.Features.Trade;

/// <param name="Code">UN/LOCODE: the country's two letters and three for the place.</param>
/// <param name="Functions">seaport, airport and/or city (a place goods can be delivered to under DAP, DPU and DDP).</param>
/// <param name="ShipsFrom">The supplier's goods leave from here (EXW, FCA and FOB places, and the origin of freight lanes).</param>
/// <param name="ShipsTo">The supplier delivers here (CFR, CIF, CPT, CIP and D-rule places, and the destination of freight lanes).</param>
public sealed record Place(string Code, string Name, string Country, IReadOnlyList<string> Functions, bool ShipsFrom, bool ShipsTo)
{
    public bool IsSeaport => Functions.Contains(PlaceFunctions.Seaport);

    public bool IsAirport => Functions.Contains(PlaceFunctions.Airport);

    public bool IsCity => Functions.Contains(PlaceFunctions.City);
}

public static class PlaceFunctions
{
    public const string Seaport = "seaport";
    public const string Airport = "airport";
    public const string City = "city";

    public static readonly IReadOnlyList<string> All = [Seaport, Airport, City];
}

/// <summary>
/// The places the supplier ships from and to, by UN/LOCODE. The factories' countries each have a default port for sea
/// freight and an airport for air and courier, which C and D rules ship from.
/// </summary>
public static class Places
{
    public const string CodePattern = "^[A-Z]{2}[A-Z2-9]{3}$";
    public const int CodeLength = 5;
    public const int MaxNameLength = 40;

    /// <summary>A place is named by its UN/LOCODE, or as "City, CC" for a city.</summary>
    public const int MaxTextLength = 60;

    /// <summary>The factory countries, each with its own port: the most ports one shipment can leave from.</summary>
    public const int MaxOriginsPerShipment = 7;

    private static readonly string[] SeaAirCity = [PlaceFunctions.Seaport, PlaceFunctions.Airport, PlaceFunctions.City];
    private static readonly string[] SeaCity = [PlaceFunctions.Seaport, PlaceFunctions.City];
    private static readonly string[] AirCity = [PlaceFunctions.Airport, PlaceFunctions.City];
    private static readonly string[] SeaOnly = [PlaceFunctions.Seaport];

    public static readonly IReadOnlyList<Place> All =
    [
        From("CNSZX", "Shenzhen", SeaAirCity), From("CNYTN", "Yantian", SeaOnly), From("CNNGB", "Ningbo", SeaAirCity),
        From("CNSHA", "Shanghai", SeaAirCity), From("VNSGN", "Ho Chi Minh City", SeaAirCity), From("VNHPH", "Haiphong", SeaAirCity),
        From("KHPNH", "Phnom Penh", SeaAirCity), From("BDCGP", "Chittagong", SeaAirCity), From("INNSA", "Nhava Sheva", SeaOnly),
        From("INBOM", "Mumbai", SeaAirCity), From("TRAMB", "Ambarli", SeaOnly), From("TRIST", "Istanbul", SeaAirCity),
        From("PKKHI", "Karachi", SeaAirCity),
        To("KEMBA", "Mombasa", SeaCity), To("KENBO", "Nairobi", AirCity), To("NGAPP", "Apapa", SeaOnly), To("NGLOS", "Lagos", AirCity),
        To("ZADUR", "Durban", SeaCity), To("ZAJNB", "Johannesburg", AirCity), To("AEJEA", "Jebel Ali", SeaOnly), To("AEDXB", "Dubai", AirCity),
        To("SAJED", "Jeddah", SeaAirCity), To("SARUH", "Riyadh", AirCity), To("BRSSZ", "Santos", SeaOnly), To("BRSAO", "São Paulo", AirCity),
        To("DEHAM", "Hamburg", SeaAirCity), To("NLRTM", "Rotterdam", SeaCity), To("GBFXT", "Felixstowe", SeaOnly),
        To("GBLON", "London", AirCity), To("USLAX", "Los Angeles", SeaAirCity),
    ];

    /// <summary>Where freight lanes may start and end.</summary>
    public static readonly IReadOnlyList<string> OriginCodes = All.Where(p => p.ShipsFrom).Select(p => p.Code).ToList();

    public static readonly IReadOnlyList<string> DestinationCodes = All.Where(p => p.ShipsTo).Select(p => p.Code).ToList();

    public static readonly IReadOnlyDictionary<string, Place> ByCode = All.ToDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>Where C and D rules ship a factory country's goods from: its sea port, and its airport for air and courier.</summary>
    public static readonly IReadOnlyDictionary<string, (string Sea, string Air)> OriginPorts = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["CN"] = ("CNYTN", "CNSZX"), ["VN"] = ("VNSGN", "VNSGN"), ["KH"] = ("KHPNH", "KHPNH"), ["BD"] = ("BDCGP", "BDCGP"),
        ["IN"] = ("INNSA", "INBOM"), ["TR"] = ("TRAMB", "TRIST"), ["PK"] = ("PKKHI", "PKKHI"),
    };

    /// <summary>A LOCODE, or "City, CC" for a listed city; null when neither names a listed place.</summary>
    public static Place? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            return null;
        }

        if (ByCode.TryGetValue(text.Trim().ToUpperInvariant(), out var byCode))
        {
            return byCode;
        }

        var comma = text.LastIndexOf(',');
        if (comma <= 0)
        {
            return null;
        }

        var city = Fold(text[..comma]);
        var country = text[(comma + 1)..].Trim().ToUpperInvariant();
        return All.FirstOrDefault(p => p.IsCity && p.Country == country && Fold(p.Name) == city);
    }

    /// <summary>Each destination country's main seaport, and its main city (for air and the D rules).</summary>
    private static readonly Dictionary<string, (string Seaport, string City)> Destinations = new(StringComparer.Ordinal)
    {
        ["KE"] = ("KEMBA", "KENBO"), ["NG"] = ("NGAPP", "NGLOS"), ["ZA"] = ("ZADUR", "ZAJNB"), ["AE"] = ("AEJEA", "AEDXB"),
        ["SA"] = ("SAJED", "SAJED"), ["BR"] = ("BRSSZ", "BRSAO"), ["DE"] = ("DEHAM", "DEHAM"), ["NL"] = ("NLRTM", "NLRTM"),
        ["GB"] = ("GBFXT", "GBLON"), ["US"] = ("USLAX", "USLAX"),
    };

    /// <summary>The place goods go to in a country when none is named: its main seaport for sea freight, CFR and CIF, else its main city.</summary>
    public static Place? DefaultDestination(string country, bool seaport) =>
        Destinations.TryGetValue(country, out var places) ? ByCode[seaport ? places.Seaport : places.City] : null;

    /// <summary>Where a place is the default: a factory country's port (origin-sea, origin-air) or a country's destination.</summary>
    public static IReadOnlyList<string> DefaultsOf(Place place) =>
    [
        .. OriginPorts.Where(o => o.Value.Sea == place.Code).Select(o => $"origin-sea:{o.Key}"),
        .. OriginPorts.Where(o => o.Value.Air == place.Code).Select(o => $"origin-air:{o.Key}"),
        .. Destinations.Where(d => d.Value.Seaport == place.Code).Select(d => $"destination-seaport:{d.Key}"),
        .. Destinations.Where(d => d.Value.City == place.Code).Select(d => $"destination-city:{d.Key}"),
    ];

    public static string Describe(Func<Place, bool> filter) => string.Join(", ", All.Where(filter).Select(p => p.Code));

    private static Place From(string code, string name, string[] functions) => new(code, name, code[..2], functions, true, false);

    private static Place To(string code, string name, string[] functions) => new(code, name, code[..2], functions, false, true);

    // The app runs with invariant globalization, where Unicode normalisation is unavailable: the accents the listed names
    // use are folded by hand, so "Sao Paulo, BR" finds São Paulo.
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüý";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuy";

    private static string Fold(string text) =>
        string.Concat(text.Trim().ToLowerInvariant().Select(c => Accented.IndexOf(c) is >= 0 and var i ? Plain[i] : c));
}
