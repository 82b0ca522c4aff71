using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;

namespace Backpack.Catalog.Api.Features.Trade;

/// <summary>A forwarder's rate from one place to another by one mode, for shipments leaving between validFrom and validTo.</summary>
/// <param name="OriginChargesMinor">Export clearance and origin handling, per shipment.</param>
/// <param name="Firm">A contracted rate the supplier will invoice as it stands; false for estimates such as the demo rates.</param>
public sealed record FreightLane(
    string LaneId, string Origin, string Destination, string Mode, string Currency, long? RatePerCbmMinor, long? Rate20GpMinor,
    long? Rate40GpMinor, long? Rate40HcMinor, long? RatePerKgMinor, long MinimumMinor, long OriginChargesMinor, int TransitDays,
    DateOnly ValidFrom, DateOnly ValidTo, bool Firm, string Source, int Version);

/// <summary>An import levy charged as a share of the customs value, e.g. Kenya's import declaration fee.</summary>
public sealed record Levy(string Name, int Ppm);

/// <summary>Duty and import taxes for an HS heading into a country, on the customs value its valuation basis gives.</summary>
public sealed record DutyRate(
    string Country, string HsHeading, int DutyPpm, string VatName, int VatPpm, IReadOnlyList<Levy> Levies, string ValuationBasis,
    DateOnly AsOf, string Source, int Version);

/// <summary>Cargo insurance: a premium of ratePpm on coverPercent of the CIF value, with a minimum.</summary>
public sealed record InsuranceTerms(int RatePpm, int CoverPercent, long MinimumPremiumMinor, string Currency, DateOnly AsOf, string Source, int Version);

/// <summary>The reference data one quote is costed from, loaded in one round trip.</summary>
public sealed record TradeReference(IReadOnlyList<FreightLane> Lanes, IReadOnlyList<DutyRate> Duties, InsuranceTerms? Insurance)
{
    public const string LaneColumns = """
        lane_id, origin, destination, mode, currency, rate_per_cbm_minor, rate_20gp_minor, rate_40gp_minor, rate_40hc_minor,
        rate_per_kg_minor, minimum_minor, origin_charges_minor, transit_days, valid_from, valid_to, firm, source, version
        """;

    public const string DutyColumns = "country, hs_heading, duty_ppm, vat_name, vat_ppm, levies_json, valuation_basis, as_of, source, version";

    public const string InsuranceColumns = "rate_ppm, cover_percent, minimum_premium_minor, currency, as_of, source, version";

    private const string SelectBatch = "SELECT " + LaneColumns + """

        FROM freight_lanes
        WHERE origin IN @Origins AND destination IN @Destinations;

        """ + "SELECT " + DutyColumns + """

        FROM duty_rates
        WHERE country = @Country;

        """ + "SELECT " + InsuranceColumns + """

        FROM insurance_terms
        WHERE terms_id = 1;
        """;

    public static readonly TradeReference Empty = new([], [], null);

    public static async Task<TradeReference> LoadAsync(
        DbConnection connection, SqlDialect sql, IReadOnlyCollection<string> origins, IReadOnlyCollection<string> destinations, string? country)
    {
        await using var results = await connection.QueryMultipleAsync(sql.Render(SelectBatch),
            new { Origins = origins.Count == 0 ? [""] : origins, Destinations = destinations.Count == 0 ? [""] : destinations, Country = country ?? "" });
        var lanes = (await results.ReadAsync<LaneRow>()).Select(r => r.ToLane()).ToList();
        var duties = (await results.ReadAsync<DutyRow>()).Select(r => r.ToRate()).ToList();
        var insurance = (await results.ReadAsync<InsuranceRow>()).FirstOrDefault()?.ToTerms();
        return new TradeReference(lanes, duties, insurance);
    }

    public sealed class LaneRow
    {
        public string LaneId { get; init; } = "";
        public string Origin { get; init; } = "";
        public string Destination { get; init; } = "";
        public string Mode { get; init; } = "";
        public string Currency { get; init; } = "";
        public long? RatePerCbmMinor { get; init; }
        public long? Rate20gpMinor { get; init; }
        public long? Rate40gpMinor { get; init; }
        public long? Rate40hcMinor { get; init; }
        public long? RatePerKgMinor { get; init; }
        public long MinimumMinor { get; init; }
        public long OriginChargesMinor { get; init; }
        public int TransitDays { get; init; }
        public string ValidFrom { get; init; } = "";
        public string ValidTo { get; init; } = "";
        public bool Firm { get; init; }
        public string Source { get; init; } = "";
        public int Version { get; init; }

        public FreightLane ToLane() => new(LaneId, Origin.Trim(), Destination.Trim(), Mode, Currency.Trim(), RatePerCbmMinor, Rate20gpMinor,
            Rate40gpMinor, Rate40hcMinor, RatePerKgMinor, MinimumMinor, OriginChargesMinor, TransitDays, Date(ValidFrom), Date(ValidTo), Firm,
            Source, Version);
    }

    public sealed class DutyRow
    {
        public string Country { get; init; } = "";
        public string HsHeading { get; init; } = "";
        public int DutyPpm { get; init; }
        public string VatName { get; init; } = "";
        public int VatPpm { get; init; }
        public string LeviesJson { get; init; } = "[]";
        public string ValuationBasis { get; init; } = "";
        public string AsOf { get; init; } = "";
        public string Source { get; init; } = "";
        public int Version { get; init; }

        public DutyRate ToRate() => new(Country.Trim(), HsHeading, DutyPpm, VatName, VatPpm, ParseLevies(LeviesJson), ValuationBasis.Trim(),
            Date(AsOf), Source, Version);
    }

    public sealed class InsuranceRow
    {
        public int RatePpm { get; init; }
        public int CoverPercent { get; init; }
        public long MinimumPremiumMinor { get; init; }
        public string Currency { get; init; } = "";
        public string AsOf { get; init; } = "";
        public string Source { get; init; } = "";
        public int Version { get; init; }

        public InsuranceTerms ToTerms() => new(RatePpm, CoverPercent, MinimumPremiumMinor, Currency.Trim(), Date(AsOf), Source, Version);
    }

    private static readonly JsonSerializerOptions LevyJson = new(JsonSerializerDefaults.Web);

    public static string LeviesToJson(IReadOnlyList<Levy> levies) => JsonSerializer.Serialize(levies, LevyJson);

    private static List<Levy> ParseLevies(string json) => JsonSerializer.Deserialize<List<Levy>>(json, LevyJson) ?? [];

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
