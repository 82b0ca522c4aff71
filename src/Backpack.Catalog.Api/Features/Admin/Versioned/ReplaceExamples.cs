using System.Text.Json;
using System.Text.Json.Nodes;
using Backpack.Catalog.Api.Features.Admin.Customization;
using Backpack.Catalog.Api.Features.Admin.Customization.ReplaceCustomizationOption;
using Backpack.Catalog.Api.Features.Admin.ReferenceData;
using Backpack.Catalog.Api.Features.Admin.ReferenceData.ReplaceDutyRate;
using Backpack.Catalog.Api.Features.Admin.ReferenceData.ReplaceFreightLane;
using Backpack.Catalog.Api.Features.Customization;
using Backpack.Catalog.Api.Features.Trade;
using Backpack.Catalog.Api.Infrastructure.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Backpack.Catalog.Api.Features.Admin.Versioned;

/// <summary>
/// The create operations' schema examples are records the demo data leaves out. The replace operations get a demo lane,
/// rate and customisation option that exist (the option's id taken from the path), with new figures, so that sending
/// the example changes them instead of answering 404.
/// </summary>
public sealed class ReplaceExamples(IOptions<JsonOptions> json) : IOperationFilter
{
    private static readonly FreightLaneDocument Lane = new()
    {
        Id = "cnytn-kemba-sea-lcl", Origin = "CNYTN", Destination = "KEMBA", Mode = ShippingModes.SeaLcl, Currency = "USD", RatePerCbm = 82.00m,
        MinimumCharge = 82.00m, OriginCharges = 85.00m, TransitDays = 26, ValidFrom = new DateOnly(2026, 12, 1), ValidTo = new DateOnly(2027, 5, 31),
        Firm = true, Source = "Contract rate, forwarder tender 2026-11 (demo figures)",
    };

    private static readonly DutyRateDocument Duty = new()
    {
        Country = "KE", HsHeading = "4202.92", DutyPercent = 35m, VatName = "VAT", VatPercent = 16m,
        Levies = [new() { Name = "Import declaration fee", Percent = 2.5m }, new() { Name = "Railway development levy", Percent = 1.5m }],
        ValuationBasis = "CIF", AsOf = new DateOnly(2026, 11, 1), Source = "Demo rate for the sample catalogue (not tariff data)",
    };

    private static readonly CustomizationOptionDocument Option = new()
    {
        Method = CustomizationVocabulary.Embroidery, Name = "Logo embroidery up to 5,000 stitches",
        Placements = ["front-panel", "front-pocket", "flap", "shoulder-strap"], MaxColours = 6, MaxStitchCount = 5000, MaxWidthMm = 90, MaxHeightMm = 60,
        Surcharges = [new() { MinQuantity = 300, UnitSurchargeUsd = 0.90m }, new() { MinQuantity = 500, UnitSurchargeUsd = 0.75m }, new() { MinQuantity = 1000, UnitSurchargeUsd = 0.60m }],
        SetupFeeUsd = 35.00m, SetupFeePer = CustomizationVocabulary.PerDesign, MoqPerDesign = 300, ExtraLeadDays = 14,
        ArtworkFormats = ["ai", "eps", "pdf", "png", "svg"], Families = ["classic", "hike-daypack", "eco", "kids", "tactical"],
    };

    private static readonly Dictionary<Type, object> ByEndpoint = new()
    {
        [typeof(ReplaceFreightLaneEndpoint)] = Lane,
        [typeof(ReplaceDutyRateEndpoint)] = Duty,
        [typeof(ReplaceCustomizationOptionEndpoint)] = Option,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.EndpointDefinition()?.EndpointType is { } endpoint && ByEndpoint.TryGetValue(endpoint, out var example) &&
            operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType body)
        {
            body.Example = JsonNode.Parse(JsonSerializer.Serialize(example, example.GetType(), json.Value.SerializerOptions));
        }
    }
}
