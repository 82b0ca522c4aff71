using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace Backpack.Catalog.Api.Features.Customization;

/// <summary>Reads customisation options. There are a few dozen at most, so readers take them all and match families and SKUs in memory.</summary>
public static class CustomizationData
{
    public const string Columns = """
        option_id, method, name, placements_json, max_colours, max_stitch_count, max_width_mm, max_height_mm, surcharges_json,
          setup_fee_cents, setup_fee_per, moq_per_design, extra_lead_days, artwork_formats_json, families_json, skus_json, version, name_translations_json
        """;

    public const string SelectAll = "SELECT " + Columns + "\nFROM customization_options\nORDER BY option_id;\n";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<CustomizationOption>> AllAsync(DbConnection connection, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<OptionRow>(SelectAll, transaction: transaction)).Select(r => r.ToOption()).ToList();

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    public sealed class OptionRow
    {
        public string OptionId { get; init; } = "";
        public string Method { get; init; } = "";
        public string Name { get; init; } = "";
        public string PlacementsJson { get; init; } = "[]";
        public int? MaxColours { get; init; }
        public int? MaxStitchCount { get; init; }
        public int? MaxWidthMm { get; init; }
        public int? MaxHeightMm { get; init; }
        public string SurchargesJson { get; init; } = "[]";
        public long SetupFeeCents { get; init; }
        public string SetupFeePer { get; init; } = "";
        public int MoqPerDesign { get; init; }
        public int ExtraLeadDays { get; init; }
        public string ArtworkFormatsJson { get; init; } = "[]";
        public string FamiliesJson { get; init; } = "[]";
        public string SkusJson { get; init; } = "[]";
        public int Version { get; init; }
        public string? NameTranslationsJson { get; init; }

        public CustomizationOption ToOption() => new(
            OptionId, Method, Name, List<string>(PlacementsJson), MaxColours, MaxStitchCount, MaxWidthMm, MaxHeightMm,
            List<SurchargeBreak>(SurchargesJson), SetupFeeCents, SetupFeePer, MoqPerDesign, ExtraLeadDays, List<string>(ArtworkFormatsJson),
            List<string>(FamiliesJson), List<string>(SkusJson), Version)
        {
            NameTranslations = NameTranslationsJson is null ? null : JsonSerializer.Deserialize<Catalogue.Localization.TranslatedText>(NameTranslationsJson, Json),
        };

        private static List<T> List<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
    }
}
