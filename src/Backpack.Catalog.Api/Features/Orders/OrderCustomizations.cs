using System.Text.Json;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.Pricing;

namespace Backpack.Catalog.Api.Features.Orders;

/// <summary>A customisation of an order line as priced at placement: the surcharge per unit in USD cents and in the order currency.</summary>
public sealed record OrderLineCustomization(
    string Option, string Method, string Placement, string Design, int Colours, int? StitchCount, long UnitSurchargeUsdCents, long UnitSurchargeMinor,
    IReadOnlyList<string>? ArtworkFormats = null);

/// <summary>A design's one-time setup fee as priced at placement.</summary>
public sealed record OrderSetupFee(string Option, string Method, string Design, int Colours, long FeeUsdCents, long FeeMinor, IReadOnlyList<int> Lines);

/// <summary>Prices customisations in the order currency, stores them with the order as JSON, and answers them as quotes do.</summary>
public static class OrderCustomizations
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static List<OrderLineCustomization> Price(LineCustomizations line, decimal rate, Currency currency) =>
        line.Items.Select(i => new OrderLineCustomization(i.Asked.Option!, i.Option!.Method, i.Asked.Placement!, i.Asked.Design!, i.Colours,
            i.Asked.StitchCount, i.UnitSurchargeCents!.Value, Currencies.ConvertCentsToMinor(i.UnitSurchargeCents.Value, rate, currency),
            i.Option.ArtworkFormats)).ToList();

    public static List<OrderSetupFee> Price(IReadOnlyList<SetupFee> fees, decimal rate, Currency currency) =>
        fees.Select(f => new OrderSetupFee(f.Option, f.Method, f.Design, f.Colours, f.FeeCents, Currencies.ConvertCentsToMinor(f.FeeCents, rate, currency), f.Lines)).ToList();

    /// <summary>What a held quote line and an order line must agree on: each customisation as asked, in a fixed order. Null when none.</summary>
    public static string? Fingerprint(IReadOnlyList<LineCustomizationRequest>? asked) => asked is not { Count: > 0 }
        ? null
        : JsonSerializer.Serialize(asked
            .Select(a => new { a.Option, a.Placement, a.Design, Colours = a.Colours ?? 1, a.StitchCount })
            .OrderBy(a => a.Placement, StringComparer.Ordinal).ThenBy(a => a.Option, StringComparer.Ordinal).ThenBy(a => a.Design, StringComparer.Ordinal)
            .ToList(), Json);

    public static string? Store<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : JsonSerializer.Serialize(items, Json);

    public static IReadOnlyList<T> Load<T>(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];

    public static List<LineCustomizationResponse> Respond(IEnumerable<OrderLineCustomization> items, int quantity, Currency currency) =>
        items.Select(c => new LineCustomizationResponse(c.Option, c.Method, c.Placement, c.Design, c.Colours, c.StitchCount,
            Money.FromMinor(c.UnitSurchargeMinor, currency), Money.FromMinor(c.UnitSurchargeMinor * quantity, currency))).ToList();

    public static List<SetupFeeResponse> Respond(IEnumerable<OrderSetupFee> fees, Currency currency) =>
        fees.Select(f => new SetupFeeResponse(f.Option, f.Method, f.Design, f.Colours, Money.FromMinor(f.FeeMinor, currency), f.Lines)).ToList();
}
